import assert from 'node:assert/strict'
import { readdir, readFile } from 'node:fs/promises'
import { relative } from 'node:path'
import { describe, it } from 'node:test'
import { loadTopology } from '@bazaar/topology'
import { render, targets } from '../src/index.ts'
import { repoRoot } from './support/topologies.ts'

const deploy = new URL('deploy/', repoRoot).pathname
const command = 'bazaar render topology.yaml --target all --out deploy'
/** Hand-written files that live beside the generated ones. */
const handWritten = new Set(['README.md'])

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries.filter((e) => e.isFile()).map((e) => relative(deploy, `${e.parentPath}/${e.name}`))
}

describe('deploy/', () => {
  it('when topology.yaml is rendered again, then the committed files are exactly what it renders', async () => {
    const { version } = JSON.parse(await readFile(new URL('packages/cli/package.json', repoRoot), 'utf8')) as { version: string }
    const topology = await loadTopology(new URL('topology.yaml', repoRoot).pathname)
    const expected = render(topology, targets, { source: 'topology.yaml', image: `bazaar:${version}` })
    for (const file of expected) {
      const committed = await readFile(`${deploy}${file.path}`, 'utf8').catch(() => undefined)
      assert.ok(committed !== undefined, `deploy/${file.path} is missing; run \`${command}\``)
      assert.equal(committed, file.content, `deploy/${file.path} differs from what topology.yaml renders; run \`${command}\``)
    }
    const stale = (await filesUnder(deploy)).filter((path) => !handWritten.has(path) && !expected.some((f) => f.path === path))
    assert.deepEqual(stale, [], `deploy/ has files topology.yaml no longer renders; run \`${command}\``)
  })
})

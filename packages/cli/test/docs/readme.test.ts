import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { loadTopology } from '@bazaar/topology'
import { readmeSections } from '../../src/docs/readme.ts'
import { section } from '../../src/docs/readme-sections.ts'

const root = new URL('../../../../', import.meta.url)

test('when the settings or the topology change, then the README\'s generated sections must be regenerated', async () => {
  const readme = await readFile(new URL('README.md', root), 'utf8')
  const sections = await readmeSections(await loadTopology(new URL('topology.yaml', root).pathname))
  for (const [name, body] of Object.entries(sections)) {
    assert.ok(readme.includes(section(name, body)), `README section "${name}" is out of date: run \`npx bazaar docs --write README.md\``)
  }
})

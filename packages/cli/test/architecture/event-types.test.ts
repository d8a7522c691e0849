import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { allEvents } from '@bazaar/contracts'
import { loadTopology } from '@bazaar/topology'

const repo = fileURLToPath(new URL('../../../../', import.meta.url))

/** Every event type and consumed pattern, as a quoted string in code. */
async function quotedTypes(): Promise<RegExp> {
  const topology = await loadTopology(`${repo}topology.yaml`)
  const names = new Set([...allEvents.map((contract) => contract.type), ...Object.values(topology.services).flatMap((service) => service.consumes)])
  const alternatives = [...names].map((name) => name.replaceAll('.', '\\.').replaceAll('*', '\\*'))
  return new RegExp(`(['"\`])(${alternatives.join('|')})\\1`)
}

test('no event type is written in code outside the contracts: producers, consumers and tests use the contract', async () => {
  const pattern = await quotedTypes()
  const { stdout } = await promisify(execFile)('git', ['ls-files', '*.ts', '*.tsx'], { cwd: repo, maxBuffer: 64 * 1024 * 1024 })
  const found: string[] = []
  for (const file of stdout.split('\n').filter(Boolean)) {
    if (file.startsWith('packages/contracts/src/')) continue
    const lines = (await readFile(`${repo}${file}`, 'utf8')).split('\n')
    lines.forEach((line, index) => {
      // A comment may name the event it speaks of.
      if (/^\s*(\/\/|\*|\/\*)/.test(line)) return
      const match = pattern.exec(line)
      if (match) found.push(`${file}:${index + 1} ${match[0]}`)
    })
  }
  assert.deepEqual(found, [])
})

import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { it } from 'node:test'
import { internalError } from '../src/checks/internal-error.ts'
import { checks, istNames } from '../src/index.ts'

it('when the README\'s codes table is read, then it is every check\'s code, level, ist, meaning and fix', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  const rows = readme.split('\n').filter((line) => /^\| BZ\d{4} \|/.test(line))
  const expected = [...checks, internalError].map((c) =>
    `| ${c.code} | ${c.level} | ${c.ist === null ? '—' : `${c.ist} ${istNames[c.ist]}`} | **${c.name}** ${c.title} | ${c.help} |`)
  assert.deepEqual(rows, expected, 'regenerate the table in packages/analyze/README.md from the checks')
})

it('when codes are listed, then each is unique and every IST code has its istioctl name', () => {
  const codes = checks.map((c) => c.code)
  assert.equal(new Set(codes).size, codes.length)
  for (const c of checks) if (c.ist !== null) assert.ok(istNames[c.ist], `${c.code}: ${c.ist} has no name`)
})

import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { analyze, checks, type Finding } from '../src/index.ts'

/**
 * The corpus: one directory per check, each with a broken.yaml that says in its header what is
 * wrong and marks every line a finding must point at (`# expect: CODE Kind namespace/name`, or
 * `# expect: CODE` for a file-level finding), and a clean.yaml twin with no finding. Each case is
 * analyzed together with base.yaml, a small clean cluster its resources refer to.
 */
const corpus = new URL('./corpus/', import.meta.url)
const base = { file: 'base.yaml', text: readFileSync(new URL('base.yaml', corpus), 'utf8') }
const cases = readdirSync(corpus, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()

const describeFinding = (f: Finding) => `${f.file}:${f.line} ${f.code} ${f.kind === null ? '-' : `${f.kind} ${f.namespace}/${f.name}`}`

function expectations(file: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => {
    const marker = /#\s*expect:\s*(.+)$/.exec(line)?.[1]
    if (marker === undefined) return []
    return marker.split(';').map((m) => {
      const [code, ...resource] = m.trim().split(/\s+/)
      return `${file}:${i + 1} ${code} ${resource.length > 0 ? resource.join(' ') : '-'}`
    })
  })
}

async function findings(file: string, text: string): Promise<string[]> {
  const result = await analyze([base, { file, text }])
  return result.findings.map(describeFinding).sort()
}

describe('the corpus of broken configurations and their clean twins', () => {
  it('when base.yaml is analyzed alone, then nothing is found', async () => {
    assert.deepEqual((await analyze([base])).findings.map(describeFinding), [])
  })

  for (const name of cases) {
    it(`when ${name}/broken.yaml is analyzed, then exactly its marked findings are reported`, async () => {
      const file = `${name}/broken.yaml`
      const text = readFileSync(new URL(file, corpus), 'utf8')
      assert.match(text, /^# Broken: /, 'a broken case opens with a comment saying what is wrong')
      const expected = expectations(file, text).sort()
      assert.ok(expected.length > 0, 'a broken case marks at least one finding')
      assert.deepEqual(await findings(file, text), expected)
    })

    it(`when ${name}/clean.yaml is analyzed, then nothing is found`, async () => {
      const file = `${name}/clean.yaml`
      assert.deepEqual(await findings(file, readFileSync(new URL(file, corpus), 'utf8')), [])
    })
  }

  it('when the corpus is read, then every check has a broken case that expects its code', () => {
    const expected = new Set(cases.flatMap((name) => {
      const file = `${name}/broken.yaml`
      return expectations(file, readFileSync(new URL(file, corpus), 'utf8')).map((e) => e.split(' ')[1])
    }))
    assert.deepEqual(checks.map((c) => c.code).filter((code) => !expected.has(code)), [])
  })
})

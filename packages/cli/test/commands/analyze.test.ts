import assert from 'node:assert/strict'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { analyzeCommand } from '../../src/commands/analyze.ts'

const dir = await mkdtemp(join(tmpdir(), 'bazaar-analyze-'))
after(() => rm(dir, { recursive: true, force: true }))

/** An error (BZ2003 on line 15), a warning (BZ3004 on line 5) and an info (BZ3001 on line 6). */
const broken = `apiVersion: v1
kind: Service
metadata: { name: web, namespace: demo, annotations: { note: "" } }
spec:
  selector: { app: web }
  ports: [{ name: web, port: 80 }]
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: { name: web, namespace: demo }
spec:
  hosts: [web]
  http:
    - route:
        - destination:
            host: webz
`
const brokenFile = join(dir, 'broken.yaml')
await writeFile(brokenFile, broken)

async function run(...args: string[]): Promise<{ code: number; out: string }> {
  const log = console.log
  const lines: string[] = []
  console.log = (line: string) => lines.push(line)
  try {
    return { code: await analyzeCommand.run(args), out: lines.join('\n') }
  } finally {
    console.log = log
  }
}

describe('bazaar analyze', () => {
  it('when the files are clean, then it says how much it read and exits 0', async () => {
    const { code, out } = await run(fileURLToPath(new URL('../../../../deploy/k8s', import.meta.url)))
    assert.equal(code, 0)
    assert.match(out, /^No problems found in \d+ documents from 12 files\.$/)
  })

  it('when there are findings, then each is one line with level, code, resource, file and line, errors first, then a summary; and the exit code is 1', async () => {
    const { code, out } = await run(brokenFile)
    assert.equal(code, 1)
    assert.deepEqual(out.split('\n'), [
      `Error [BZ2003] (VirtualService demo/web ${brokenFile}:16) Referenced host not found: "webz"`,
      '',
      `Warning [BZ3004] (Service demo/web ${brokenFile}:5) No pods in namespace demo match the selector app=web`,
      '',
      `Info [BZ3001] (Service demo/web ${brokenFile}:6) Port name web (port: 80, targetPort: 80) doesn't follow the naming convention of Istio port.`,
      '',
      '1 error, 1 warning, 1 info in 2 documents from 1 file: BZ2003×1 BZ3001×1 BZ3004×1',
    ])
  })

  it('when --fail-on is lower than error, then warnings or infos fail the run too', async () => {
    assert.equal((await run(brokenFile, '--suppress', 'BZ2003')).code, 0)
    assert.equal((await run(brokenFile, '--suppress', 'BZ2003', '--fail-on', 'warning')).code, 1)
    assert.equal((await run(brokenFile, '--suppress', 'BZ2003,BZ3004', '--fail-on', 'warning')).code, 0)
    assert.equal((await run(brokenFile, '--suppress', 'BZ2003', '--suppress', 'BZ3004', '--fail-on', 'info')).code, 1)
  })

  it('when codes are suppressed by flag or by the resource\'s annotation, then they are left out and counted', async () => {
    const annotated = join(dir, 'annotated.yaml')
    await writeFile(annotated, broken.replace('annotations: { note: "" }', 'annotations: { bazaar.dev/analyze-ignore: "BZ3004, BZ3001" }'))
    const { code, out } = await run(annotated, '--suppress', 'BZ2003')
    assert.equal(code, 0)
    assert.equal(out, 'No problems found in 2 documents from 1 file (3 suppressed).')
  })

  it('when -o json is asked for, then the findings are an array with code, ist, level, kind, namespace, name, file, line and message', async () => {
    const findings = JSON.parse((await run(brokenFile, '-o', 'json')).out) as unknown[]
    assert.deepEqual(findings[0], { code: 'BZ3004', ist: null, level: 'warning', kind: 'Service', namespace: 'demo', name: 'web', file: brokenFile, line: 5, message: 'No pods in namespace demo match the selector app=web' })
    assert.deepEqual(findings.map((f) => [(f as { code: string }).code, (f as { ist: string | null }).ist]), [['BZ3004', null], ['BZ3001', 'IST0118'], ['BZ2003', 'IST0101']])
  })

  it('when -o sarif is asked for, then it is SARIF 2.1.0 with every rule (id, help) and results located in the file', async () => {
    const sarif = JSON.parse((await run(brokenFile, '-o', 'sarif')).out) as SarifLog
    assert.equal(sarif.version, '2.1.0')
    const [run0] = sarif.runs
    assert.ok(run0)
    const rules = run0.tool.driver.rules
    assert.ok(rules.length >= 52 && rules.every((r) => /^BZ\d{4}$/.test(r.id) && r.help.text.length > 20))
    const result = run0.results.find((r) => r.ruleId === 'BZ2003')
    assert.ok(result)
    assert.equal(rules[result.ruleIndex]?.id, 'BZ2003')
    assert.equal(result.level, 'error')
    assert.deepEqual(result.locations[0]?.physicalLocation, { artifactLocation: { uri: `file://${brokenFile}` }, region: { startLine: 16 } })
    assert.equal(run0.results.find((r) => r.ruleId === 'BZ3001')?.level, 'note')
  })

  it('when a file is not readable YAML, then the finding says file, line and what the parser expected', async () => {
    const file = join(dir, 'unreadable.yaml')
    await writeFile(file, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata: { a: 1\n')
    const { code, out } = await run(file)
    assert.equal(code, 1)
    assert.match(out.split('\n')[0] ?? '', new RegExp(`^Error \\[BZ1003\\] \\(${file}:6\\) Flow map .*must .*end with a \\} \\(column 1\\)$`))
  })

  it('when the arguments are wrong or a path is missing, then the error says what is wrong', async () => {
    await assert.rejects(run(), /name the files or directories to analyze/)
    await assert.rejects(run(brokenFile, '-o', 'xml'), /-o must be one of text, json, sarif; got "xml"/)
    await assert.rejects(run(brokenFile, '--fail-on', 'never'), /--fail-on must be one of error, warning, info; got "never"/)
    await assert.rejects(run(brokenFile, '--suppress', 'BZ9999'), /--suppress: unknown code BZ9999/)
    await assert.rejects(run(join(dir, 'missing.yaml')), /missing\.yaml: cannot read \(ENOENT\)/)
  })
})

interface SarifLog {
  version: string
  runs: {
    tool: { driver: { rules: { id: string; help: { text: string } }[] } }
    results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: unknown }[] }[]
  }[]
}

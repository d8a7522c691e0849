import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const bin = new URL('../bin/bazaar.ts', import.meta.url).pathname
const root = new URL('../../../', import.meta.url).pathname
const dir = await mkdtemp(join(tmpdir(), 'bazaar-cli-'))
after(() => rm(dir, { recursive: true, force: true }))

async function bazaar(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], { cwd: root })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

test('when asked for help, then every command is listed', async () => {
  const { code, stdout } = await bazaar('--help')
  assert.equal(code, 0)
  for (const command of ['start', 'serve', 'topology', 'docs', 'render', 'analyze']) assert.match(stdout, new RegExp(`^  ${command} `, 'm'))
})

test('when the command is unknown, then it says so and exits 2', async () => {
  const { code, stderr } = await bazaar('launch')
  assert.equal(code, 2)
  assert.match(stderr, /unknown command "launch"/)
})

test('when a topology file is broken, then the error names file, line and field, without a stack trace', async () => {
  const file = join(dir, 'broken.yaml')
  await writeFile(file, 'apiVersion: bazaar.dev/v1\nname: shop\ngateway: { service: gateway }\nservices:\n  gateway:\n    port: eighty\n    package: "@x/gateway"\n')
  const { code, stderr } = await bazaar('topology', 'check', file)
  assert.equal(code, 1)
  assert.match(stderr, /broken\.yaml:6:11 services\.gateway\.port: expected an integer/)
  assert.doesNotMatch(stderr, /\n\s+at /)
})

test('when the platform\'s own topology is checked, then it is valid', async () => {
  const { code, stdout } = await bazaar('topology', 'check', 'topology.yaml')
  assert.equal(code, 0)
  assert.match(stdout, /topology\.yaml: bazaar, 11 services, valid/)
})

test('when the JSON Schema is asked for, then it is a schema editors can use', async () => {
  const { code, stdout } = await bazaar('topology', 'schema')
  assert.equal(code, 0)
  const schema = JSON.parse(stdout) as { type: string; properties: Record<string, unknown> }
  assert.equal(schema.type, 'object')
  assert.ok('services' in schema.properties)
})

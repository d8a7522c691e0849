import { test } from 'node:test'
import assert from 'node:assert/strict'
import { waitFor } from '@bazaar/kit/testing'
import { supervise, type ChildSpec } from '../../src/distributed/supervisor.ts'

function spec(script: string): ChildSpec {
  return { name: 'probe-1', command: process.execPath, args: ['-e', script], env: process.env, cwd: process.cwd() }
}

function recorder() {
  const lines: string[] = []
  const exits: string[] = []
  return { lines, exits, events: { line: (_: string, line: string) => { lines.push(line) }, exited: (_: string, how: string) => { exits.push(how) } } }
}

test('when a process keeps failing, then it is started again, each time a little later', async () => {
  const seen = recorder()
  const child = supervise(spec(`console.log('started'); process.exit(3)`), seen.events)
  try {
    await waitFor(() => child.restarts >= 2, { timeoutMs: 10_000, what: 'two restarts' })
    assert.deepEqual(seen.exits.slice(0, 2), ['code 3', 'code 3'])
    assert.ok(seen.lines.filter((line) => line === 'started').length >= 2, 'its output is passed on, line by line')
  } finally {
    await child.stop(1000)
  }
})

test('when a process is killed, or stopped cleanly from outside, then it is started again', async () => {
  const seen = recorder()
  const child = supervise(spec(`process.on('SIGTERM', () => process.exit(0)); console.log('up'); setInterval(() => {}, 1000)`), seen.events)
  const starts = () => seen.lines.filter((line) => line === 'up').length
  try {
    await waitFor(() => starts() === 1, { what: 'the first start' })
    child.kill('SIGKILL')
    await waitFor(() => starts() === 2, { what: 'a start after the kill' })
    child.kill('SIGTERM')
    await waitFor(() => starts() === 3, { what: 'a start after the clean exit' })
    assert.deepEqual(seen.exits, ['signal SIGKILL', 'code 0'])
    assert.equal(child.restarts, 2)
  } finally {
    await child.stop(1000)
  }
})

test('when stop() is called on a process that ignores SIGTERM, then it is killed after the grace period', async () => {
  const seen = recorder()
  const child = supervise(spec(`process.on('SIGTERM', () => {}); console.log('up'); setInterval(() => {}, 1000)`), seen.events)
  await waitFor(() => seen.lines.includes('up'), { what: 'the start' })
  await child.stop(300)
  assert.equal(child.pid, undefined)
  assert.equal(child.restarts, 0)
})

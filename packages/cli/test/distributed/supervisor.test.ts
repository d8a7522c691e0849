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

test('when a process is killed, then it is started again; when it stops cleanly, then it stays stopped', async () => {
  const seen = recorder()
  const child = supervise(spec(`console.log('up'); process.on('SIGTERM', () => process.exit(0)); setInterval(() => {}, 1000)`), seen.events)
  try {
    await waitFor(() => seen.lines.includes('up'), { what: 'the first start' })
    const first = child.pid
    child.kill('SIGKILL')
    await waitFor(() => child.restarts === 1 && child.pid !== undefined && child.pid !== first, { what: 'a restart after the kill' })
    assert.deepEqual(seen.exits, ['signal SIGKILL'])
    await waitFor(() => seen.lines.filter((line) => line === 'up').length === 2, { what: 'the second start' })
    child.kill('SIGTERM')
    await waitFor(() => child.pid === undefined, { what: 'the clean exit' })
    assert.equal(child.restarts, 1, 'a clean exit is not restarted')
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

import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { Writable } from 'node:stream'
import { pino } from 'pino'
import { waitFor } from '../../src/testing/index.ts'
import { startPoller } from '../../src/service/poller.ts'

function capturingLog(): { log: pino.Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = []
  const sink = new Writable({ write(chunk: Buffer, _encoding, done) { lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>); done() } })
  return { log: pino(sink), lines }
}

describe('startPoller', () => {
  it('when started, then the first round runs at once and the next ones every interval', async () => {
    const { log } = capturingLog()
    let rounds = 0
    const poller = startPoller({ intervalMs: 10, log, run: async () => { rounds++ } })
    assert.equal(rounds, 1)
    await waitFor(() => rounds >= 3, { what: 'three rounds' })
    await poller.stop()
  })

  it('when runNow is false, then the first round waits one interval', async () => {
    const { log } = capturingLog()
    let rounds = 0
    const poller = startPoller({ intervalMs: 10, log, runNow: false, run: async () => { rounds++ } })
    assert.equal(rounds, 0)
    await waitFor(() => rounds >= 1, { what: 'the first round' })
    await poller.stop()
  })

  it('when a round outlasts the interval, then no second round starts beside it', async () => {
    const { log } = capturingLog()
    let active = 0
    let most = 0
    let open = () => {}
    const gate = new Promise<void>((resolve) => { open = resolve })
    const poller = startPoller({ intervalMs: 5, log, run: async () => {
      most = Math.max(most, ++active)
      await gate
      active--
    } })
    // A second poller of the same interval, started after, counts the ticks the first one skipped.
    let ticks = 0
    const clock = startPoller({ intervalMs: 5, log, run: async () => { ticks++ } })
    await waitFor(() => ticks >= 5, { what: 'five intervals' })
    open()
    await Promise.all([poller.stop(), clock.stop()])
    assert.equal(most, 1)
  })

  it('when a round fails, then it is logged and the next round runs', async () => {
    const { log, lines } = capturingLog()
    let rounds = 0
    const poller = startPoller({ intervalMs: 10, log, what: 'counting', run: async () => {
      rounds++
      if (rounds === 1) throw new Error('boom')
    } })
    await waitFor(() => rounds >= 2, { what: 'a round after the failure' })
    await poller.stop()
    assert.equal(lines[0]?.msg, 'counting failed; the next round retries')
  })

  it('when stopped, then it waits for the round in progress and aborts its signal', async () => {
    const { log } = capturingLog()
    let rounds = 0
    let finished = false
    let aborted = false
    const poller = startPoller({ intervalMs: 10, log, run: async (signal) => {
      rounds++
      await waitFor(() => signal.aborted, { what: 'the stop' })
      aborted = signal.aborted
      finished = true
    } })
    await poller.stop()
    assert.deepEqual([finished, aborted, rounds], [true, true, 1])
  })
})

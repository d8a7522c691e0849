import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { waitFor } from '@bazaar/kit/testing'
import type { EventEnvelope } from '../../src/bus/envelope.ts'
import { unavailable } from '../../src/http/errors.ts'
import { event, type BusFactory } from './bus-suite.ts'

/** Counts each event's deliveries; a handler fails by throwing what `fail` answers. */
function tally(fail: (delivered: EventEnvelope) => Error | undefined) {
  const tries = new Map<string, number>()
  const handled: string[] = []
  return {
    tries: (id: string) => tries.get(id) ?? 0,
    handled,
    handler: async (delivered: EventEnvelope) => {
      tries.set(delivered.id, (tries.get(delivered.id) ?? 0) + 1)
      const error = fail(delivered)
      if (error) throw error
      handled.push(delivered.id)
    },
  }
}

/** How failed deliveries come back: with growing waits, an unavailable dependency waited out. */
export function redeliverySuite(name: string, factory: BusFactory): void {
  describe(`${name} bus redelivery`, () => {
    test('when a dependency of a handler is down for longer than its attempts last, then every event waits it out and is handled once, and a poison event is still dead-lettered after its attempts', async (t) => {
      const open = await factory(t)
      if (!open) return
      const bus = await open()
      let down = true
      const isPoison = (delivered: EventEnvelope) => (delivered.data as { poison?: boolean }).poison === true
      // What the HTTP client throws while its upstream is down or its circuit open.
      const notify = tally((delivered) => (isPoison(delivered) ? new Error('breaks its contract') : down ? unavailable(1) : undefined))
      await bus.subscribe('notify', ['parcel.*'], notify.handler, { maxAttempts: 2 })
      const events = Array.from({ length: 5 }, () => event('parcel.sent'))
      const poison = event('parcel.packed', { poison: true })
      for (const sent of [...events, poison]) await bus.publish(sent)

      await waitFor(() => events.every((sent) => notify.tries(sent.id) > 3), { what: 'every event delivered more often than its attempts allow' })
      down = false
      await waitFor(() => notify.handled.length >= events.length, { what: 'every event handled once the dependency is back' })
      assert.deepEqual([...notify.handled].sort(), events.map((sent) => sent.id).sort())
      const dead = await bus.deadLetters('notify')
      assert.deepEqual(dead.map((letter) => letter.event.id), [poison.id])
      assert.equal(dead[0]?.attempts, 2)
      assert.equal(notify.tries(poison.id), 2)
    })

    test('when a dependency stays down past the outage bound, then the event is dead-lettered with its error', async (t) => {
      const open = await factory(t)
      if (!open) return
      const bus = await open({ outageRetryMs: 300 })
      const notify = tally(() => unavailable(1))
      await bus.subscribe('notify', ['parcel.*'], notify.handler, { maxAttempts: 1 })
      const sent = event('parcel.sent')
      const publishedAt = Date.now()
      await bus.publish(sent)
      const dead = await waitFor(async () => (await bus.deadLetters('notify')).at(0), { what: 'the dead letter' })
      assert.ok(Date.now() - publishedAt >= 300, 'not before the outage bound')
      assert.ok(notify.tries(sent.id) > 1, 'its one attempt was not spent by the outage')
      assert.equal(dead.event.id, sent.id)
      assert.match(dead.error, /Upstream unavailable/)
    })

    test('when a handler keeps failing, then each redelivery waits twice as long as the one before', async (t) => {
      const open = await factory(t)
      if (!open) return
      const firstDelayMs = 40
      const bus = await open({ redeliveryDelayMs: firstDelayMs })
      const deliveredAt: number[] = []
      await bus.subscribe('flaky', ['parcel.sent'], async () => {
        deliveredAt.push(Date.now())
        throw new Error('not yet')
      }, { maxAttempts: 4 })
      await bus.publish(event('parcel.sent'))
      await waitFor(async () => (await bus.deadLetters('flaky')).length === 1, { what: 'the dead letter' })
      const waits = deliveredAt.slice(1).map((at, i) => at - deliveredAt[i]!)
      assert.equal(waits.length, 3)
      // Timers may fire a millisecond early against Date.now().
      for (const [i, wait] of waits.entries()) assert.ok(wait >= firstDelayMs * 2 ** i - 2, `wait ${i + 1} was ${wait} ms: ${waits.join(', ')}`)
    })
  })
}

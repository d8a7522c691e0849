import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { describe, test, type TestContext } from 'node:test'
import { waitFor } from '@bazaar/kit/testing'
import type { Bus } from '../../src/bus/bus.ts'
import type { RedeliveryOptions } from '../../src/bus/redelivery.ts'
import { envelope, type EventEnvelope } from '../../src/bus/envelope.ts'

/**
 * Opens buses on one namespace for one test (several calls act as replicas of a service), or
 * answers undefined when the test is skipped. The factory cleans up after the test itself.
 */
export type BusFactory = (t: TestContext) => Promise<((options?: RedeliveryOptions) => Promise<Bus>) | undefined>

export function event(type: string, data: unknown = {}): EventEnvelope {
  return envelope('test', { type, data })
}

/** Collects what a handler got; the handler can be told to fail. */
function recorder(fail: (event: EventEnvelope, calls: number) => boolean = () => false) {
  const received: EventEnvelope[] = []
  let calls = 0
  return {
    received,
    calls: () => calls,
    handler: async (delivered: EventEnvelope) => {
      calls++
      if (fail(delivered, calls)) throw new Error(`boom ${calls}`)
      received.push(delivered)
    },
  }
}

const ids = (events: EventEnvelope[]) => events.map((e) => e.id).sort()

/** Where implementations differ by design, each says which guarantee it gives. */
export interface BusGuarantees {
  /**
   * RabbitMQ declares every consumer's queue from the topology when a bus connects, so events
   * published before a consumer first subscribes wait for it. The embedded bus binds a consumer
   * when it first subscribes (then keeps the binding across restarts).
   */
  queuesDeclaredAtStart: boolean
}

/** The contract of a Bus, written once and run against every implementation. */
export function busSuite(name: string, factory: BusFactory, guarantees: BusGuarantees): void {
  describe(`${name} bus`, () => {
    test('when two consumers subscribe to a type, then each gets every event once', async (t) => {
      const open = await factory(t)
      if (!open) return
      const bus = await open()
      const billing = recorder()
      const mailer = recorder()
      await bus.subscribe('billing', ['parcel.packed'], billing.handler)
      await bus.subscribe('mailer', ['parcel.packed'], mailer.handler)
      const events = [event('parcel.packed', { n: 1 }), event('parcel.packed', { n: 2 })]
      for (const e of events) await bus.publish(e)
      await waitFor(() => billing.received.length >= 2 && mailer.received.length >= 2, { what: 'both consumers' })
      assert.deepEqual(ids(billing.received), ids(events))
      assert.deepEqual(ids(mailer.received), ids(events))
      assert.deepEqual(billing.received.find((e) => e.id === events[0]?.id), events[0])
    })

    test('when replicas subscribe with one consumer name, then they share its events and each is handled once', async (t) => {
      const open = await factory(t)
      if (!open) return
      const replicas = [await open(), await open()]
      const handlers = [recorder(), recorder()]
      for (const [i, bus] of replicas.entries()) await bus.subscribe('workers', ['job.queued'], handlers[i]!.handler)
      const events = Array.from({ length: 20 }, (_, n) => event('job.queued', { n }))
      await Promise.all(events.map((e) => replicas[0]!.publish(e)))
      const all = () => handlers.flatMap((h) => h.received)
      await waitFor(() => all().length >= events.length, { what: 'every job' })
      assert.deepEqual(ids(all()), ids(events))
      assert.ok(handlers.every((h) => h.received.length > 0), 'both replicas got work')
    })

    test('when a consumer subscribes to parcel.*, then it gets parcel events only', async (t) => {
      const open = await factory(t)
      if (!open) return
      const bus = await open()
      const orders = recorder()
      await bus.subscribe('orders-watch', ['parcel.*'], orders.handler)
      for (const type of ['parcel.packed', 'invoice.settled', 'parcel.item.added', 'parcel.sent']) await bus.publish(event(type))
      await waitFor(() => orders.received.length >= 2, { what: 'order events' })
      // Queues are FIFO: once a later marker arrives, anything wrongly routed before it has too.
      await bus.publish(event('parcel.marker'))
      await waitFor(() => orders.received.some((e) => e.type === 'parcel.marker'), { what: 'the marker' })
      assert.deepEqual(orders.received.map((e) => e.type).sort(), ['parcel.marker', 'parcel.packed', 'parcel.sent'])
    })

    const keepsEarly = guarantees.queuesDeclaredAtStart
    test(keepsEarly
      ? 'when events are published before a consumer first subscribes, then its queue, declared from the topology at start, kept them and it gets them all'
      : 'when events are published before a consumer first subscribes, then it gets only the later ones', async (t) => {
      const open = await factory(t)
      if (!open) return
      const bus = await open()
      await bus.publish(event('stock.counted', { early: true }))
      const counter = recorder()
      await bus.subscribe('counter', ['stock.counted'], counter.handler)
      await bus.publish(event('stock.counted', { early: false }))
      const expected = keepsEarly ? [{ early: true }, { early: false }] : [{ early: false }]
      await waitFor(() => counter.received.length >= expected.length, { what: `${expected.length} events` })
      assert.deepEqual(counter.received.map((e) => e.data), expected)
    })

    test('when a handler throws twice and then succeeds, then it gets the event three times and nothing is dead', async (t) => {
      const open = await factory(t)
      if (!open) return
      const bus = await open()
      const flaky = recorder((_, calls) => calls <= 2)
      await bus.subscribe('flaky', ['parcel.sent'], flaky.handler)
      await bus.publish(event('parcel.sent'))
      await waitFor(() => flaky.received.length === 1, { what: 'the third delivery' })
      assert.equal(flaky.calls(), 3)
      assert.deepEqual(await bus.deadLetters('flaky'), [])
    })

    test('when a handler always throws, then the event is dead-lettered after maxAttempts and replay delivers it again', async (t) => {
      const open = await factory(t)
      if (!open) return
      const bus = await open()
      let fixed = false
      const poisoned = recorder(() => !fixed)
      await bus.subscribe('poisoned', ['parcel.delivered'], poisoned.handler, { maxAttempts: 3 })
      const sent = event('parcel.delivered', { order_id: randomUUID() })
      await bus.publish(sent)
      const dead = await waitFor(async () => (await bus.deadLetters('poisoned')).at(0), { what: 'the dead letter' })
      assert.deepEqual(dead.event, sent)
      assert.equal(dead.consumer, 'poisoned')
      assert.equal(dead.attempts, 3)
      assert.match(dead.error, /boom 3/)
      assert.ok(!Number.isNaN(Date.parse(dead.failedAt)))
      assert.equal(poisoned.calls(), 3)
      assert.equal((await bus.deadLetters('poisoned')).length, 1, 'reading dead letters does not consume them')

      fixed = true
      assert.equal(await bus.replayDeadLetters('poisoned'), 1)
      await waitFor(() => poisoned.received.length === 1, { what: 'the replayed delivery' })
      assert.deepEqual(poisoned.received[0], sent)
      assert.deepEqual(await bus.deadLetters('poisoned'), [])
    })

    test('when messages keep failing, then depths count one waiting for its retry and one dead letter; once both are handled, nothing', async (t) => {
      const open = await factory(t)
      if (!open) return
      const bus = await open()
      let fixed = false
      const failing = async () => {
        if (!fixed) throw new Error('not yet')
      }
      await bus.subscribe('stuck', ['parcel.delivered'], failing, { maxAttempts: 1000 })
      await bus.subscribe('doomed', ['job.queued'], failing, { maxAttempts: 2 })
      const total = async () => (await bus.depths()).reduce(
        (sum, depth) => ({ waiting: sum.waiting + depth.waiting, deadLetters: sum.deadLetters + depth.deadLetters }),
        { waiting: 0, deadLetters: 0 },
      )
      assert.deepEqual(await total(), { waiting: 0, deadLetters: 0 })
      await bus.publish(event('parcel.delivered'))
      await bus.publish(event('job.queued'))
      await waitFor(async () => {
        const now = await total()
        return now.waiting === 1 && now.deadLetters === 1
      }, { what: 'one message waiting for its retry and one dead letter' })
      fixed = true
      assert.equal(await bus.replayDeadLetters('doomed'), 1)
      await waitFor(async () => {
        const now = await total()
        return now.waiting === 0 && now.deadLetters === 0
      }, { what: 'both messages handled' })
    })

    test('when nobody ever subscribed as a consumer, then it has no dead letters and replays nothing', async (t) => {
      const open = await factory(t)
      if (!open) return
      const bus = await open()
      assert.deepEqual(await bus.deadLetters('nobody'), [])
      assert.equal(await bus.replayDeadLetters('nobody'), 0)
    })

    test('when the bus is closed, then publish and ping reject', async (t) => {
      const open = await factory(t)
      if (!open) return
      const bus = await open()
      await bus.ping()
      await bus.close()
      await assert.rejects(bus.publish(event('parcel.packed')))
      await assert.rejects(bus.ping())
    })
  })
}

import assert from 'node:assert/strict'
import { test } from 'node:test'
import { waitFor } from '@bazaar/kit/testing'
import type { EventEnvelope } from '../../src/bus/envelope.ts'
import { busSuite, event, type BusFactory } from './bus-suite.ts'
import { redeliverySuite } from './redelivery-suite.ts'
import { embeddedNamespace } from './embedded-namespace.ts'

const embedded: BusFactory = async (t) => {
  const space = await embeddedNamespace(t)
  return (options) => space.open(options)
}
busSuite('embedded', embedded, { queuesDeclaredAtStart: false })
redeliverySuite('embedded', embedded)

test('when an event is published, then its handlers run after publish returned, not inside it', async (t) => {
  const bus = await (await embeddedNamespace(t)).open()
  let handled = false
  await bus.subscribe('late', ['parcel.packed'], async () => { handled = true })
  await bus.publish(event('parcel.packed'))
  assert.equal(handled, false)
  await waitFor(() => handled, { what: 'the handler' })
})

test('when a handler mutates its event, then other consumers still get the original', async (t) => {
  const bus = await (await embeddedNamespace(t)).open()
  const seen: unknown[] = []
  await bus.subscribe('vandal', ['parcel.packed'], async (e) => { (e.data as { n: number }).n = 99 })
  await bus.subscribe('reader', ['parcel.packed'], async (e) => { seen.push(e.data) })
  const sent = event('parcel.packed', { n: 1 })
  await bus.publish(sent)
  await waitFor(() => seen.length === 1, { what: 'the reader' })
  assert.deepEqual(seen, [{ n: 1 }])
  assert.deepEqual(sent.data, { n: 1 })
})

test('when publish resolves, then a message per bound consumer is committed', async (t) => {
  const space = await embeddedNamespace(t)
  const earlier = await space.open()
  await earlier.subscribe('holder', ['parcel.*'], async () => {})
  await earlier.subscribe('other', ['invoice.settled'], async () => {})
  await earlier.close()
  await (await space.open()).publish(event('parcel.held'))
  const rows = await space.pg.query<{ consumer: string }>(`select consumer from ${space.schema}.messages`)
  assert.deepEqual(rows.rows, [{ consumer: 'holder' }])
})

test('when a consumer bound in an earlier run has not subscribed yet, then what was published meanwhile is kept and delivered oldest first once it subscribes', async (t) => {
  const space = await embeddedNamespace(t)
  const earlierRun = await space.open()
  await earlierRun.subscribe('shipper', ['parcel.sent'], async () => {})
  await earlierRun.close()

  const thisRun = await space.open()
  const sent = [1, 2, 3].map((n) => event('parcel.sent', { n }))
  for (const e of sent) await thisRun.publish(e)
  const received: EventEnvelope[] = []
  await thisRun.subscribe('shipper', ['parcel.sent'], async (e) => { received.push(e) })
  await waitFor(() => received.length >= 3, { what: 'the kept events' })
  assert.deepEqual(received.map((e) => e.id), sent.map((e) => e.id))
})

test('when a handler neither resolves nor throws within the lease, then the message is delivered again', async (t) => {
  let release = () => {}
  const hung = new Promise<void>((resolve) => { release = resolve })
  // Registered first, so it runs before the namespace's close, which waits for the handler.
  t.after(() => release())
  const bus = await (await embeddedNamespace(t)).open({ leaseMs: 50, pollIntervalMs: 10 })
  let calls = 0
  await bus.subscribe('stuck', ['parcel.sent'], async () => {
    if (++calls === 1) await hung
  })
  await bus.publish(event('parcel.sent'))
  await waitFor(() => calls >= 2, { what: 'the redelivery after the lease' })
})

test('when every delivery of a message ends without an outcome, then it is dead-lettered after maxAttempts', async (t) => {
  let release = () => {}
  const hung = new Promise<void>((resolve) => { release = resolve })
  t.after(() => release())
  const bus = await (await embeddedNamespace(t)).open({ leaseMs: 30, pollIntervalMs: 10 })
  let calls = 0
  await bus.subscribe('crashing', ['parcel.sent'], async () => {
    calls++
    await hung
  }, { maxAttempts: 2 })
  await bus.publish(event('parcel.sent'))
  const dead = await waitFor(async () => (await bus.deadLetters('crashing')).at(0), { what: 'the dead letter' })
  assert.equal(calls, 2)
  assert.equal(dead.attempts, 2)
  assert.match(dead.error, /no outcome after 2 deliveries/)
})

test('when the bus closes, then running handlers finish and ack and the shared PGlite stays open', async (t) => {
  const space = await embeddedNamespace(t)
  const bus = await space.open()
  let release = () => {}
  const gate = new Promise<void>((resolve) => { release = resolve })
  let started = false
  let finished = false
  await bus.subscribe('slow', ['parcel.sent'], async () => {
    started = true
    await gate
    finished = true
  })
  await bus.publish(event('parcel.sent'))
  await waitFor(() => started, { what: 'the handler to start' })
  const closing = bus.close()
  release()
  await closing
  assert.equal(finished, true)
  assert.equal(space.pg.closed, false)
  const rows = await space.pg.query(`select id from ${space.schema}.messages`)
  assert.deepEqual(rows.rows, [], 'the finished handler acked')
})

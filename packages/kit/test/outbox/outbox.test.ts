import assert from 'node:assert/strict'
import { test } from 'node:test'
import { waitFor } from '@bazaar/kit/testing'
import type { EventEnvelope } from '../../src/bus/envelope.ts'
import { createOutbox } from '../../src/outbox/outbox.ts'
import { observed, openBus, pgliteFactory, postgresFactory } from './helpers.ts'
import { outboxSuite } from './outbox-suite.ts'

outboxSuite('PGlite', pgliteFactory)
outboxSuite('PostgreSQL', postgresFactory)

test('when two relays share one PostgreSQL schema, then each of 200 events is published exactly once', async (t) => {
  const open = await postgresFactory(t)
  if (!open) return
  const bus = await openBus()
  const received: EventEnvelope[] = []
  await bus.subscribe('audit', ['parcel.packed'], async (event) => { received.push(event) })
  const replicas = await Promise.all([open(), open()]).then((dbs) => dbs.map((db) => {
    const counted = observed(bus)
    return { db, counted, outbox: createOutbox(db, counted.bus, { source: 'orders', pollIntervalMs: 5, batchSize: 10 }) }
  }))
  const [first, second] = replicas as [typeof replicas[0], typeof replicas[0]]
  t.after(async () => {
    await Promise.all(replicas.map((r) => r.outbox.stop()))
    await bus.close()
  })
  for (const replica of replicas) replica.outbox.start()
  await Promise.all(Array.from({ length: 20 }, (_, batch) => first.db.transaction(async (tx) => {
    for (let n = 0; n < 10; n++) await first.outbox.add(tx, { type: 'parcel.packed', data: { n: batch * 10 + n } })
  })))
  await waitFor(async () => (await first.outbox.pending()) === 0 && received.length >= 200, { what: '200 deliveries' })
  const publishes = first.counted.published.length + second.counted.published.length
  assert.equal(publishes, 200)
  assert.equal(new Set(received.map((e) => e.id)).size, 200)
  assert.ok(first.counted.published.length > 0 && second.counted.published.length > 0, 'both relays took a share')
})

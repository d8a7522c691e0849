import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { trace } from '@opentelemetry/api'
import { waitFor } from '@bazaar/kit/testing'
import { envelope } from '../../src/bus/envelope.ts'
import { consume } from '../../src/outbox/inbox.ts'
import { isInInbox, recordInInbox } from '../../src/outbox/inbox-rows.ts'
import { createOutbox } from '../../src/outbox/outbox.ts'
import { inSpan, installTracing } from '../../src/tracing.ts'
import { countEffects, createEffects, observed, openBus, pgliteFactory, postgresFactory, type DbFactory } from './helpers.ts'

installTracing({ serviceName: 'test' })

function inboxSuite(name: string, factory: DbFactory): void {
  describe(`inbox on ${name}`, () => {
    test('when the same event is delivered twice, then its effect happens once', async (t) => {
      const open = await factory(t)
      if (!open) return
      const db = await open()
      await createEffects(db)
      const embedded = await openBus()
      t.after(() => embedded.close())
      const { bus, settled } = observed(embedded)
      await consume({
        db, bus, service: 'test', consumer: 'stock', types: ['parcel.sent'],
        handle: async (tx, event) => { await tx.query('insert into effects (event_id) values ($1)', [event.id]) },
      })
      const paid = envelope('orders', { type: 'parcel.sent', data: {} })
      // Both copies are in flight together: the second waits on the first's inbox key.
      await Promise.all([bus.publish(paid), bus.publish(paid)])
      await waitFor(() => settled() === 2, { what: 'both deliveries' })
      assert.equal(await countEffects(db, paid.id), 1)
      assert.deepEqual(await db.query('select event_id, consumer from inbox'), [{ event_id: paid.id, consumer: 'stock' }])
    })

    test('when a handler throws, then its writes and the inbox row roll back and the redelivery runs it again', async (t) => {
      const open = await factory(t)
      if (!open) return
      const db = await open()
      await createEffects(db)
      const embedded = await openBus({ redeliveryDelayMs: 5 })
      t.after(() => embedded.close())
      const { bus, settled } = observed(embedded)
      let calls = 0
      await consume({
        db, bus, service: 'test', consumer: 'stock', types: ['parcel.sent'],
        handle: async (tx, event) => {
          await tx.query('insert into effects (event_id, note) values ($1, $2)', [event.id, `call ${++calls}`])
          if (calls === 1) throw new Error('deadlock detected')
        },
      })
      const paid = envelope('orders', { type: 'parcel.sent', data: {} })
      await bus.publish(paid)
      await waitFor(() => settled() === 2, { what: 'the redelivery' })
      assert.equal(calls, 2)
      assert.deepEqual(await db.query('select note from effects'), [{ note: 'call 2' }])
      assert.equal((await db.query('select 1 from inbox')).length, 1)
    })

    test('when a consumer records an event, then only the first record is new and only that consumer has it', async (t) => {
      const open = await factory(t)
      if (!open) return
      const db = await open()
      assert.equal(await isInInbox(db, 'e-1', 'stock'), false)
      assert.equal(await db.transaction((tx) => recordInInbox(tx, 'e-1', 'stock')), true)
      assert.equal(await recordInInbox(db, 'e-1', 'stock'), false)
      assert.equal(await isInInbox(db, 'e-1', 'stock'), true)
      assert.equal(await isInInbox(db, 'e-1', 'mail'), false)
      assert.equal(await recordInInbox(db, 'e-1', 'mail'), true)
    })
  })
}

inboxSuite('PGlite', pgliteFactory)
inboxSuite('PostgreSQL', postgresFactory)

test('when an event is added inside a span, then it carries the trace and its consumer runs in that trace', async (t) => {
  const open = await pgliteFactory(t)
  if (!open) return
  const db = await open()
  const bus = await openBus()
  const outbox = createOutbox(db, bus, { source: 'orders', pollIntervalMs: 60_000 })
  outbox.start()
  t.after(async () => { await outbox.stop(); await bus.close() })
  const consumerTraces: string[] = []
  await consume({
    db, bus, service: 'notifications', consumer: 'notify', types: ['parcel.packed'],
    handle: async () => { consumerTraces.push(trace.getActiveSpan()?.spanContext().traceId ?? 'none') },
  })

  const { added, traceId } = await inSpan('orders', 'checkout', async (span) => ({
    added: await db.transaction((tx) => outbox.add(tx, { type: 'parcel.packed', data: {} })),
    traceId: span.spanContext().traceId,
  }))
  outbox.kick()

  assert.match(added.traceparent ?? '', new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`))
  await waitFor(() => consumerTraces.length === 1, { what: 'the consumer' })
  assert.deepEqual(consumerTraces, [traceId])
})

import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { waitFor } from '@bazaar/kit/testing'
import type { EventEnvelope } from '../../src/bus/envelope.ts'
import type { Db } from '../../src/db/db.ts'
import { createOutbox, type OutboxOptions } from '../../src/outbox/outbox.ts'
import { failingFirst, openBus, type DbFactory } from './helpers.ts'

/** Relays that never poll within a test: only kick() and stop() make them run. */
const kickOnly = { source: 'orders', pollIntervalMs: 60_000 } satisfies OutboxOptions

async function setup(open: () => Promise<Db>) {
  const db = await open()
  const bus = await openBus()
  const received: EventEnvelope[] = []
  await bus.subscribe('audit', ['parcel.*'], async (event) => { received.push(event) })
  return { db, bus, received }
}

/** The outbox contract on one database kind, with the embedded bus. */
export function outboxSuite(name: string, factory: DbFactory): void {
  describe(`outbox on ${name}`, () => {
    test('when the transaction that added an event rolls back, then the event is never published', async (t) => {
      const open = await factory(t)
      if (!open) return
      const { db, bus, received } = await setup(open)
      const outbox = createOutbox(db, bus, kickOnly)
      outbox.start()
      t.after(async () => { await outbox.stop(); await bus.close() })
      let doomed: EventEnvelope | undefined
      await assert.rejects(db.transaction(async (tx) => {
        doomed = await outbox.add(tx, { type: 'parcel.packed', data: { n: 1 } })
        throw new Error('business rule failed')
      }))
      const kept = await db.transaction((tx) => outbox.add(tx, { type: 'parcel.packed', data: { n: 2 } }))
      outbox.kick()
      await waitFor(async () => received.length >= 1 && (await outbox.pending()) === 0, { what: 'the committed event' })
      assert.deepEqual(received.map((e) => e.id), [kept.id])
      assert.notEqual(doomed, undefined)
      assert.deepEqual(await db.query('select id from outbox where id = $1', [doomed?.id]), [])
      assert.equal(await outbox.pending(), 0)
    })

    test('when an event is added in a committed transaction and the relay is kicked, then it is published once, marked, in order', async (t) => {
      const open = await factory(t)
      if (!open) return
      const { db, bus, received } = await setup(open)
      const outbox = createOutbox(db, bus, kickOnly)
      outbox.start()
      t.after(async () => { await outbox.stop(); await bus.close() })
      const added = await db.transaction(async (tx) => [
        await outbox.add(tx, { type: 'parcel.packed', subject: 'o-1', data: { order_id: 'o-1' } }),
        await outbox.add(tx, { type: 'parcel.sent', subject: 'o-1', data: { order_id: 'o-1' } }),
      ])
      assert.equal(await outbox.pending(), 2)
      outbox.kick()
      await waitFor(async () => received.length >= 2 && (await outbox.pending()) === 0, { what: 'both events, marked' })
      assert.deepEqual(received, added)
      assert.equal(added[0]?.source, 'orders')
      const rows = await db.query<{ published_at: Date | null; attempts: number }>('select published_at, attempts from outbox')
      assert.ok(rows.every((row) => row.published_at instanceof Date && row.attempts === 1))
      assert.equal(await outbox.pending(), 0)
    })

    test('when the bus rejects the first publishes, then the row is retried until delivered', async (t) => {
      const open = await factory(t)
      if (!open) return
      const { db, bus, received } = await setup(open)
      const outbox = createOutbox(db, failingFirst(bus, 3), { source: 'orders', pollIntervalMs: 5, retryBaseMs: 5 })
      outbox.start()
      t.after(async () => { await outbox.stop(); await bus.close() })
      const added = await db.transaction((tx) => outbox.add(tx, { type: 'parcel.packed', data: {} }))
      outbox.kick()
      await waitFor(async () => received.length >= 1 && (await outbox.pending()) === 0, { what: 'the delivery after the outage' })
      assert.deepEqual(received.map((e) => e.id), [added.id])
      const [row] = await db.query<{ attempts: number; last_error: string | null }>('select attempts, last_error from outbox')
      assert.deepEqual(row, { attempts: 4, last_error: null })
    })

    test('when a relay died holding a claimed row, then another relay publishes it once the claim is stuck', async (t) => {
      const open = await factory(t)
      if (!open) return
      const { db, bus, received } = await setup(open)
      const outbox = createOutbox(db, bus, { source: 'orders', pollIntervalMs: 5 })
      const added = await db.transaction((tx) => outbox.add(tx, { type: 'parcel.packed', data: {} }))
      // What a claim by a relay that then died leaves behind: an attempt and a lease.
      await db.query(`update outbox set attempts = 1, next_attempt_at = clock_timestamp() + interval '100 milliseconds'`)
      outbox.start()
      t.after(async () => { await outbox.stop(); await bus.close() })
      await waitFor(() => received.length >= 1, { what: 'the stuck row' })
      assert.deepEqual(received.map((e) => e.id), [added.id])
    })

    test('when outbox and inbox rows outlive their retention, then the relay deletes them at start and not on every tick', async (t) => {
      const open = await factory(t)
      if (!open) return
      const { db, bus, received } = await setup(open)
      const outbox = createOutbox(db, bus, { source: 'orders', pollIntervalMs: 5, pruneIntervalMs: 60_000 })
      t.after(async () => { await outbox.stop(); await bus.close() })
      const [old, recent, owed] = await db.transaction(async (tx) => Promise.all(
        [1, 2, 3].map((n) => outbox.add(tx, { type: 'parcel.packed', data: { n } }))))
      const age = (column: string, id: string | undefined, interval: string) =>
        db.query(`update outbox set ${column} = clock_timestamp() - interval '${interval}' where id = $1`, [id])
      await age('published_at', old?.id, '25 hours')
      await age('published_at', recent?.id, '23 hours')
      // Never published (its publishes keep failing): still owed, whatever its age.
      await age('created_at', owed?.id, '30 days')
      await db.query(`update outbox set next_attempt_at = clock_timestamp() + interval '1 hour' where id = $1`, [owed?.id])
      await db.query(`insert into inbox (event_id, consumer, processed_at) values
        ('e-old', 'stock', clock_timestamp() - interval '8 days'), ('e-recent', 'stock', clock_timestamp() - interval '6 days')`)

      outbox.start()
      const ids = async () => (await db.query<{ id: string }>('select id from outbox order by created_at')).map((row) => row.id)
      await waitFor(async () => !(await ids()).includes(old?.id ?? ''), { what: 'the first prune' })
      assert.deepEqual(await ids(), [owed?.id, recent?.id])
      assert.deepEqual(await db.query('select event_id from inbox'), [{ event_id: 'e-recent' }])

      await age('published_at', recent?.id, '25 hours')
      // The second event is claimed by a tick after the one that published the first had ended.
      for (const n of [4, 5]) {
        const later = await db.transaction((tx) => outbox.add(tx, { type: 'parcel.packed', data: { n } }))
        outbox.kick()
        await waitFor(() => received.some((e) => e.id === later.id), { what: `event ${n}` })
      }
      assert.ok((await ids()).includes(recent?.id ?? ''), 'no second prune within the interval')
    })

    test('when the relay stops, then it first publishes what is pending', async (t) => {
      const open = await factory(t)
      if (!open) return
      const { db, bus, received } = await setup(open)
      const outbox = createOutbox(db, bus, kickOnly)
      t.after(() => bus.close())
      await db.transaction(async (tx) => {
        for (let n = 0; n < 3; n++) await outbox.add(tx, { type: 'parcel.packed', data: { n } })
      })
      await outbox.stop()
      assert.equal(await outbox.pending(), 0)
      await waitFor(() => received.length >= 3, { what: 'the flushed events' })
      assert.deepEqual(received.map((e) => e.data), [{ n: 0 }, { n: 1 }, { n: 2 }])
    })
  })
}

import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { needServer, waitFor } from '@bazaar/kit/testing'
import type { Bus } from '../../src/bus/bus.ts'
import { createEmbeddedBus } from '../../src/bus/embedded.ts'
import { envelope, type EventEnvelope } from '../../src/bus/envelope.ts'
import type { Db } from '../../src/db/db.ts'
import { createPgliteDb, openPglite } from '../../src/db/pglite.ts'
import { createPostgresDb } from '../../src/db/postgres.ts'
import { createOutbox } from '../../src/outbox/outbox.ts'
import { rabbitNamespace } from '../bus/rabbit-namespace.ts'

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))

/** Runs a fixture until it reports `key` on stdout, then SIGKILLs it; answers the reported event id. */
async function runThenKill(name: string, args: string[], key: 'committed' | 'handling'): Promise<string> {
  // process.execPath is the Node 24 running this test: the fixture needs its type stripping.
  const child = spawn(process.execPath, [fixture(name), ...args], { stdio: ['ignore', 'pipe', 'inherit'] })
  const exited = once(child, 'exit')
  try {
    for await (const line of createInterface({ input: child.stdout })) {
      const reported = (JSON.parse(line) as Record<string, string | undefined>)[key]
      if (reported) return reported
    }
    throw new Error(`the fixture exited before reporting ${key}`)
  } finally {
    child.kill('SIGKILL')
    await exited
  }
}

/** Restarts "the service" on the same store: a new relay, and a consumer of the event. */
async function restartAndDeliver(db: Db, bus: Bus, eventId: string): Promise<void> {
  const received: EventEnvelope[] = []
  await bus.subscribe('audit', ['parcel.packed'], async (event) => { received.push(event) })
  const outbox = createOutbox(db, bus, { source: 'orders', pollIntervalMs: 10 })
  outbox.start()
  await waitFor(() => received.length >= 1, { what: 'the event committed before the crash' })
  await outbox.stop()
  assert.equal(await outbox.pending(), 0)
  assert.deepEqual(received.map((e) => e.id), [eventId])
  assert.deepEqual(await db.query('select attempts from outbox'), [{ attempts: 1 }], 'published by one claim')
  assert.deepEqual(await db.query('select id, total from orders'), [{ id: 'o-1', total: 4200 }])
}

test('when a PGlite process is killed after the commit and before the publish, then the event is delivered once after restart', async (t) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'bazaar-outbox-crash-'))
  t.after(() => rm(dataDir, { recursive: true, force: true }))
  const eventId = await runThenKill('commit-then-hang.ts', ['pglite', dataDir], 'committed')

  const pg = await openPglite(dataDir)
  const bus = await createEmbeddedBus(pg)
  t.after(async () => { await bus.close(); await pg.close() })
  await restartAndDeliver(await createPgliteDb(pg, 'orders'), bus, eventId)
})

test('when a PostgreSQL process is killed after the commit and before the publish, then RabbitMQ delivers the event once after restart', async (t) => {
  const url = await needServer(t, 'postgres')
  const amqpUrl = url && await needServer(t, 'amqp')
  if (!url || !amqpUrl) return
  const schema = `test_crash_${randomBytes(6).toString('hex')}`
  const space = await rabbitNamespace(t, amqpUrl)
  const eventId = await runThenKill('commit-then-hang.ts', ['postgres', url, schema, amqpUrl, space.prefix], 'committed')

  const db = await createPostgresDb(url, { schema })
  t.after(async () => { await db.query(`drop schema ${schema} cascade`); await db.close() })
  await restartAndDeliver(db, await space.open(), eventId)
})

test('when an embedded process is killed after its relay published and before the consumer handled the event, then after restart the consumer gets it once, with what was published before it subscribed', async (t) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'bazaar-bus-crash-'))
  t.after(() => rm(dataDir, { recursive: true, force: true }))
  const eventId = await runThenKill('publish-then-hang.ts', [dataDir], 'handling')

  const pg = await openPglite(dataDir)
  // The default lease (a minute) outlasts waitFor: the dead process's lease must be released at start.
  const bus = await createEmbeddedBus(pg)
  t.after(async () => { await bus.close(); await pg.close() })
  const db = await createPgliteDb(pg, 'orders')
  assert.equal(await createOutbox(db, bus, { source: 'orders' }).pending(), 0, 'the relay had marked it published')
  // The consumer is bound since the run that died, not subscribed yet in this one.
  const meanwhile = envelope('orders', { type: 'parcel.packed', data: { order_id: 'o-2' } })
  await bus.publish(meanwhile)

  const received: EventEnvelope[] = []
  await bus.subscribe('audit', ['parcel.packed'], async (event) => { received.push(event) })
  await waitFor(() => received.length >= 2, { what: 'both events' })
  await waitFor(async () => (await pg.query('select id from bus.messages')).rows.length === 0, { what: 'the acks' })
  assert.deepEqual(received.map((e) => e.id), [eventId, meanwhile.id])
})

import { randomBytes } from 'node:crypto'
import type { TestContext } from 'node:test'
import { needServer } from '@bazaar/kit/testing'
import type { Bus, EventHandler } from '../../src/bus/bus.ts'
import { createEmbeddedBus, type EmbeddedBusOptions } from '../../src/bus/embedded.ts'
import type { EventEnvelope } from '../../src/bus/envelope.ts'
import type { Db } from '../../src/db/db.ts'
import { migrate } from '../../src/db/migrate.ts'
import { createPgliteDb } from '../../src/db/pglite.ts'
import { createPostgresDb } from '../../src/db/postgres.ts'
import { kitMigrations } from '../../src/outbox/migrations.ts'
import { sharedPglite } from '../bus/embedded-namespace.ts'

/**
 * Opens Dbs on one fresh schema with the kit tables (several calls act as replicas of one
 * service), or answers undefined when the test is skipped. Cleans up after the test.
 */
export type DbFactory = (t: TestContext) => Promise<(() => Promise<Db>) | undefined>

const randomSchema = (kind = 'outbox') => `test_${kind}_${randomBytes(6).toString('hex')}`

/** The file's one in-memory PGlite (it is slow to start), a schema per test. */
export const pgliteFactory: DbFactory = async () => {
  const pg = await sharedPglite()
  const schema = randomSchema()
  await migrate(await createPgliteDb(pg, schema), [kitMigrations])
  return () => createPgliteDb(pg, schema)
}

export const postgresFactory: DbFactory = async (t) => {
  const url = await needServer(t, 'postgres')
  if (!url) return undefined
  const schema = randomSchema()
  const dbs: Db[] = []
  const open = async () => {
    const db = await createPostgresDb(url, { schema, max: 4 })
    dbs.push(db)
    return db
  }
  await migrate(await open(), [kitMigrations])
  t.after(async () => {
    await dbs[0]?.query(`drop schema ${schema} cascade`)
    await Promise.all(dbs.map((db) => db.close()))
  })
  return open
}

/** The embedded bus, on a broker schema of its own in the file's PGlite; the test closes it. */
export async function openBus(options: EmbeddedBusOptions = {}): Promise<Bus> {
  return createEmbeddedBus(await sharedPglite(), { schema: randomSchema('bus'), redeliveryDelayMs: 10, ...options })
}

/** Creates the table a test's "business" writes go to. */
export async function createEffects(db: Db): Promise<void> {
  await db.query('create table if not exists effects (id serial primary key, event_id text not null, note text)')
}

export async function countEffects(db: Db, eventId?: string): Promise<number> {
  const rows = eventId === undefined
    ? await db.query<{ n: number }>('select count(*) as n from effects')
    : await db.query<{ n: number }>('select count(*) as n from effects where event_id = $1', [eventId])
  return Number(rows[0]?.n)
}

/** The same bus, counting what was published through it and how many deliveries finished. */
export function observed(bus: Bus) {
  const published: EventEnvelope[] = []
  let settled = 0
  const wrapped: Bus = {
    ...bus,
    async publish(event) {
      await bus.publish(event)
      published.push(event)
    },
    subscribe(consumer, types, handler: EventHandler, options) {
      const counting: EventHandler = (event) => handler(event).finally(() => { settled++ })
      return bus.subscribe(consumer, types, counting, options)
    },
  }
  return { bus: wrapped, published, settled: () => settled }
}

/** The same bus, except that its first `failures` publishes reject as a broker outage would. */
export function failingFirst(bus: Bus, failures: number): Bus {
  let calls = 0
  return {
    ...bus,
    async publish(event) {
      if (++calls <= failures) throw new Error(`broker unavailable (${calls})`)
      await bus.publish(event)
    },
  }
}

import { randomBytes } from 'node:crypto'
import { testDatabases } from '@bazaar/kit/testing'
import type { Bus, EventHandler } from '../../src/bus/bus.ts'
import { createEmbeddedBus, type EmbeddedBusOptions } from '../../src/bus/embedded.ts'
import type { EventEnvelope } from '../../src/bus/envelope.ts'
import type { Db } from '../../src/db/db.ts'
import { kitMigrations } from '../../src/outbox/migrations.ts'
import { sharedPglite } from '../bus/embedded-namespace.ts'

export type { DbFactory } from '@bazaar/kit/testing'

// The PGlite is the one the embedded bus runs on, as in embedded mode.
const databases = testDatabases([kitMigrations], { prefix: 'outbox', max: 4, pglite: sharedPglite })
export const pgliteFactory = databases.pglite
export const postgresFactory = databases.postgres

/** The embedded bus, on a broker schema of its own in the file's PGlite; the test closes it. */
export async function openBus(options: EmbeddedBusOptions = {}): Promise<Bus> {
  return createEmbeddedBus(await sharedPglite(), { schema: `test_bus_${randomBytes(6).toString('hex')}`, redeliveryDelayMs: 10, ...options })
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

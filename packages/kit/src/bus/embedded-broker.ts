import { randomUUID } from 'node:crypto'
import type { PGlite } from '@electric-sql/pglite'
import type { Db } from '../db/db.ts'
import { migrate } from '../db/migrate.ts'
import { createPgliteDb } from '../db/pglite.ts'
import { createBatcher } from './embedded-batch.ts'
import { topicMatches } from './topic.ts'

const busMigrations = { name: 'bus', folder: new URL('./embedded-migrations/', import.meta.url) }

export type WakeListener = (consumers: readonly string[]) => void

/**
 * What every bus client on one schema of one PGlite shares, as clients of one broker do: the
 * tables, the name of the leases this PGlite instance takes, and the in-process wake-up that
 * tells the clients a consumer has new messages right after the commit that wrote them.
 */
export interface Broker {
  db: Db
  owner: string
  /** The consumers bound to `type`, from a copy of the bindings kept beside the table. */
  bound(type: string): string[]
  /** Records bindings; bound() answers them once they are committed. */
  bind(consumer: string, patterns: readonly string[]): Promise<void>
  /** Deletes a handled message; acks arriving meanwhile share one statement. */
  ack(id: number): Promise<void>
  wake(consumers: readonly string[]): void
  listen(listener: WakeListener): () => void
}

const brokers = new WeakMap<PGlite, Map<string, Promise<Broker>>>()

/** The broker of `schema` on `pg`, set up by its first client; later clients share it. */
export function openBroker(pg: PGlite, schema: string): Promise<Broker> {
  let bySchema = brokers.get(pg)
  if (!bySchema) {
    bySchema = new Map()
    brokers.set(pg, bySchema)
  }
  const schemas = bySchema
  let broker = schemas.get(schema)
  if (!broker) {
    broker = setUp(pg, schema)
    schemas.set(schema, broker)
    broker.catch(() => schemas.delete(schema))
  }
  return broker
}

async function setUp(pg: PGlite, schema: string): Promise<Broker> {
  const db = await createPgliteDb(pg, schema)
  await migrate(db, [busMigrations])
  const owner = randomUUID()
  // A PGlite data directory is held by one instance at a time, so a lease this new instance
  // did not take belongs to a process that died mid-delivery: due now, not at lease expiry.
  await db.query('update messages set lease_owner = null, visible_at = clock_timestamp() where lease_owner is not null')
  // The table is the truth across restarts; this copy spares every publish a read of it. Only
  // this broker writes bindings: a data directory is held by one PGlite at a time.
  const bindings = await db.query<{ consumer: string; pattern: string }>('select consumer, pattern from bindings')
  const listeners = new Set<WakeListener>()
  return {
    db,
    owner,
    bound(type) {
      return [...new Set(bindings.filter((binding) => topicMatches(binding.pattern, type)).map((binding) => binding.consumer))]
    },
    async bind(consumer, patterns) {
      await db.query('insert into bindings (consumer, pattern) select $1, unnest($2::text[]) on conflict do nothing', [consumer, [...patterns]])
      for (const pattern of patterns) {
        if (!bindings.some((binding) => binding.consumer === consumer && binding.pattern === pattern)) bindings.push({ consumer, pattern })
      }
    },
    ack: createBatcher<number>(async (ids) => {
      await db.query('delete from messages where id = any($1::bigint[])', [ids])
    }),
    wake(consumers) {
      for (const listener of listeners) listener(consumers)
    },
    listen(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

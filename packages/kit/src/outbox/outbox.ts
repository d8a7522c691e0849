import type { Logger } from 'pino'
import type { Bus } from '../bus/bus.ts'
import { envelope, type EventEnvelope, type NewEvent } from '../bus/envelope.ts'
import type { Db, Queryable } from '../db/db.ts'
import { traceHeaders } from '../tracing.ts'
import { createRelay, type RelayOptions } from './relay.ts'

export interface OutboxOptions extends RelayOptions {
  /** The envelope's `source`: the publishing service. */
  source: string
  log?: Logger | undefined
  /** The types the service declares it publishes; adding another is a wiring bug and throws. */
  publishes?: readonly string[] | undefined
}

/**
 * The transactional outbox (docs/architecture.md#4-events-and-delivery-guarantees): an event is a row written in the transaction of the
 * state change it announces, and the relay publishes it after commit. Never save-then-publish.
 */
export interface Outbox {
  /** Writes the event in the caller's transaction; it is published only if that commits. */
  add<Data>(tx: Queryable, event: NewEvent<Data>): Promise<EventEnvelope<Data>>
  /** Starts the relay loop. */
  start(): void
  /** Asks the relay to run now; call after a commit for low latency. */
  kick(): void
  /** Stops the relay after publishing what is due. */
  stop(): Promise<void>
  /** Rows not yet published: the outbox-lag metric. */
  pending(): Promise<number>
}

export function createOutbox(db: Db, bus: Bus, options: OutboxOptions): Outbox {
  const relay = createRelay(db, bus, options)
  return {
    async add<Data>(tx: Queryable, event: NewEvent<Data>) {
      if (options.publishes && !options.publishes.includes(event.type)) throw new Error(`${options.source} publishes ${event.type} but does not declare it in its definition's \`publishes\``)
      const created = envelope(options.source, event, traceHeaders().traceparent)
      await tx.query('insert into outbox (id, type, envelope) values ($1, $2, $3)', [created.id, created.type, created])
      return created
    },
    start: relay.start,
    kick: relay.kick,
    stop: relay.stop,
    async pending() {
      const [row] = await db.query<{ pending: number }>('select count(*) as pending from outbox where published_at is null')
      return Number(row?.pending ?? 0)
    },
  }
}

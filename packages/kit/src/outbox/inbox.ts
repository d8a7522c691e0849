import type { Bus } from '../bus/bus.ts'
import type { EventEnvelope } from '../bus/envelope.ts'
import type { Db, Queryable } from '../db/db.ts'
import { recordInInbox } from './inbox-rows.ts'
import type { Outbox } from './outbox.ts'
import { runInEventContext } from '../tracing.ts'

export interface ConsumeOptions {
  db: Db
  bus: Bus
  /** Names the consumer span's tracer. */
  service: string
  /** The queue name, and the inbox key with the event id. */
  consumer: string
  types: readonly string[]
  /** Runs in the transaction that records the event in the inbox; throwing undoes both. */
  handle: (tx: Queryable, event: EventEnvelope) => Promise<void>
  /** Kicked after each commit, so events the handler wrote leave at once, not at the relay's next poll. */
  outbox?: Pick<Outbox, 'kick'>
  maxAttempts?: number
}

/**
 * An idempotent consumer (docs/architecture.md#4-events-and-delivery-guarantees): delivery is at least once, the effect exactly once.
 * The inbox row and the handler's writes commit together; a redelivered event finds its row and
 * does nothing. A concurrent duplicate waits on the row's key until the first commits or rolls back.
 */
export function consume(options: ConsumeOptions): Promise<void> {
  const { db, consumer, handle } = options
  return options.bus.subscribe(
    consumer,
    options.types,
    async (event) => {
      await runInEventContext(options.service, event, () =>
        db.transaction(async (tx) => {
          if (await recordInInbox(tx, event.id, consumer)) await handle(tx, event)
        }),
      )
      options.outbox?.kick()
    },
    options.maxAttempts === undefined ? {} : { maxAttempts: options.maxAttempts },
  )
}

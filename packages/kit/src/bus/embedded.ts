import type { PGlite } from '@electric-sql/pglite'
import type { Logger } from 'pino'
import type { Bus, EventHandler, SubscribeOptions } from './bus.ts'
import type { EventEnvelope } from './envelope.ts'
import { openBroker } from './embedded-broker.ts'
import { createQueue, type Queue } from './embedded-queue.ts'
import { maxAttemptsOf } from './max-attempts.ts'
import { redeliveryPolicy, type RedeliveryOptions } from './redelivery.ts'

export interface EmbeddedBusOptions extends RedeliveryOptions {
  /** How often to look for messages no wake-up announced (expired leases, missed wake-ups). */
  pollIntervalMs?: number
  /** A message handed to a handler that has neither resolved nor thrown by then is delivered again. */
  leaseMs?: number
  /** Unacknowledged messages one subscriber may hold at once, as RabbitMQ's prefetch. */
  prefetch?: number
  /** The schema of the broker's tables; tests isolate themselves with their own. */
  schema?: string
  log?: Logger
}

// A row under a live lease is being handled; any other row is waiting (new, retried, or its
// handler's lease ran out).
const depthsSql = `
select c.consumer,
  (select count(*)::int from messages m where m.consumer = c.consumer and (m.lease_owner is null or m.visible_at <= clock_timestamp())) as waiting,
  (select count(*)::int from dead_letters d where d.consumer = c.consumer) as dead_letters
from unnest($1::text[]) as c(consumer)
order by c.consumer`

const duePollSql = `select distinct consumer from messages
where consumer = any($1::text[]) and visible_at <= clock_timestamp()`

/**
 * The bus of embedded mode: RabbitMQ's semantics on tables of the process's PGlite, so the
 * outbox/inbox guarantees hold there too. A consumer name is one durable queue: subscribe()
 * records its bindings, which outlive the process; publish() commits one message per bound
 * consumer, including consumers that have not subscribed yet in this run, which get them when
 * they do. A consumer's subscribers compete for its messages, oldest first; a handler resolving
 * deletes the message, throwing makes it due again after a growing redelivery delay, and after
 * maxAttempts charged deliveries (or the outage bound, for a dependency that stays unavailable,
 * see nextDelivery) it moves to the dead letters. Handlers run later than publish(), in a
 * fresh trace context. Each call returns a client: several clients (a service each) share one
 * broker per PGlite and schema, and closing a client stops its own deliveries only, never the PGlite.
 */
export async function createEmbeddedBus(pg: PGlite, options: EmbeddedBusOptions = {}): Promise<Bus> {
  const broker = await openBroker(pg, options.schema ?? 'bus')
  const { db } = broker
  const pollIntervalMs = options.pollIntervalMs ?? 1000
  const queues = new Map<string, Queue>()
  const inFlight = new Set<Promise<void>>()
  const timers = new Set<NodeJS.Timeout>()
  let closed = false
  let polling = false

  const settings = {
    db,
    ack: broker.ack,
    owner: broker.owner,
    leaseMs: options.leaseMs ?? 60_000,
    redelivery: redeliveryPolicy(options),
    prefetch: options.prefetch ?? 10,
    log: options.log,
    later(ms: number, task: () => void) {
      if (closed) return
      const timer = setTimeout(() => {
        timers.delete(timer)
        task()
      }, ms)
      timers.add(timer)
    },
    track(work: Promise<void>) {
      inFlight.add(work)
      void work.finally(() => inFlight.delete(work))
    },
    closed: () => closed,
  }

  const unlisten = broker.listen((consumers) => {
    for (const consumer of consumers) queues.get(consumer)?.pump()
  })

  async function poll(): Promise<void> {
    if (polling || closed || queues.size === 0) return
    polling = true
    try {
      const due = await db.query<{ consumer: string }>(duePollSql, [[...queues.keys()]])
      for (const { consumer } of due) queues.get(consumer)?.pump()
    } catch (error) {
      options.log?.error({ err: error }, 'embedded bus poll failed')
    } finally {
      polling = false
    }
  }
  const poller = setInterval(() => settings.track(poll()), pollIntervalMs)

  function assertOpen(): void {
    if (closed) throw new Error('bus is closed')
  }

  return {
    /** Resolves once the messages are committed: the broker holds the event. */
    async publish(event: EventEnvelope) {
      assertOpen()
      const consumers = broker.bound(event.type)
      if (consumers.length === 0) return
      await db.query('insert into messages (consumer, body) select unnest($1::text[]), $2', [consumers, JSON.stringify(event)])
      // On a later turn, so no handler ever runs inside publish()'s call stack.
      setImmediate(() => broker.wake(consumers))
    },

    async subscribe(consumer: string, types: readonly string[], handler: EventHandler, subscribeOptions: SubscribeOptions = {}) {
      assertOpen()
      const maxAttempts = maxAttemptsOf(subscribeOptions)
      await broker.bind(consumer, types)
      let queue = queues.get(consumer)
      if (!queue) {
        queue = createQueue(consumer, settings)
        queues.set(consumer, queue)
      }
      queue.subscribe(handler, maxAttempts)
    },

    async deadLetters(consumer) {
      const rows = await db.query<{ body: string; attempts: number; error: string; failed_at: Date }>(
        'select body, attempts, error, failed_at from dead_letters where consumer = $1 order by id', [consumer])
      return rows.map((row) => ({
        event: JSON.parse(row.body) as EventEnvelope,
        consumer,
        attempts: row.attempts,
        error: row.error,
        failedAt: row.failed_at.toISOString(),
      }))
    },

    async depths() {
      const rows = await db.query<{ consumer: string; waiting: number; dead_letters: number }>(depthsSql, [[...queues.keys()]])
      return rows.map((row) => ({ queue: row.consumer, waiting: row.waiting, deadLetters: row.dead_letters }))
    },

    async replayDeadLetters(consumer) {
      const moved = await db.query(`
        with moved as (delete from dead_letters where consumer = $1 returning id, consumer, body)
        insert into messages (consumer, body) select consumer, body from moved order by id
        returning id`, [consumer])
      if (moved.length > 0) broker.wake([consumer])
      return moved.length
    },

    async ping() {
      assertOpen()
      await db.ping()
    },

    /** Stops delivering, then waits for the handlers already running (and their acks). */
    async close() {
      closed = true
      clearInterval(poller)
      unlisten()
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      while (inFlight.size > 0) await Promise.allSettled([...inFlight])
    },
  }
}

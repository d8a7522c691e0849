import { context, ROOT_CONTEXT } from '@opentelemetry/api'
import type { Logger } from 'pino'
import type { EventHandler } from './bus.ts'
import type { Db } from '../db/db.ts'
import type { EventEnvelope } from './envelope.ts'
import { nextDelivery, type RedeliveryPolicy } from './redelivery.ts'

export interface QueueSettings {
  db: Db
  ack(id: number): Promise<void>
  /** Names the leases this client takes (its PGlite instance). */
  owner: string
  leaseMs: number
  redelivery: RedeliveryPolicy
  /** Unacknowledged messages one subscriber may hold at once, as RabbitMQ's prefetch. */
  prefetch: number
  log: Logger | undefined
  /** Runs `task` after `ms` unless the client closed first. */
  later(ms: number, task: () => void): void
  /** Keeps `work` until it settles, so close() can wait for it. */
  track(work: Promise<void>): void
  closed(): boolean
}

interface Subscriber {
  handler: EventHandler
  maxAttempts: number
  inFlight: number
}

interface Claimed {
  id: number
  body: string
  /** Deliveries so far, this one included. */
  attempts: number
  /** Of those, the ones that failed for an unavailable dependency: not charged. */
  excused: number
  first_failed_at: Date | null
}

/**
 * Takes a lease on the consumer's oldest visible messages. PGlite runs one statement at a time,
 * so two clients never claim the same row; the lease makes it invisible until acked, failed,
 * or expired (its handler hung).
 */
const claimSql = `
with due as (
  select id from messages
  where consumer = $1 and visible_at <= clock_timestamp()
  order by id
  limit $2::int
)
update messages m
set attempts = m.attempts + 1, lease_owner = $3, visible_at = clock_timestamp() + $4::int * interval '1 millisecond'
from due where m.id = due.id
returning m.id, m.body, m.attempts, m.excused, m.first_failed_at`

const retrySql = `update messages
set lease_owner = null, visible_at = clock_timestamp() + $2::int * interval '1 millisecond',
  excused = excused + $3::int, first_failed_at = coalesce(first_failed_at, $4::timestamptz)
where id = $1`

const deadLetterSql = `
with moved as (delete from messages where id = $1 returning consumer, body)
insert into dead_letters (consumer, body, attempts, error)
select consumer, body, $2::int, $3 from moved`

export interface Queue {
  subscribe(handler: EventHandler, maxAttempts: number): void
  /** Claims and hands out what is visible now, as far as the subscribers have room. */
  pump(): void
}

/** One consumer's queue as one client sees it: its subscribers compete for the messages. */
export function createQueue(consumer: string, settings: QueueSettings): Queue {
  const { db, log } = settings
  const subscribers: Subscriber[] = []
  let next = 0
  let pumping = false
  let again = false
  // Whether the last claim may have left visible messages behind (it filled every free slot).
  let backlog = true

  function room(): number {
    return subscribers.reduce((sum, subscriber) => sum + Math.max(0, settings.prefetch - subscriber.inFlight), 0)
  }

  function nextFree(): Subscriber | undefined {
    for (let i = 0; i < subscribers.length; i++) {
      const index = (next + i) % subscribers.length
      const subscriber = subscribers[index]
      if (subscriber && subscriber.inFlight < settings.prefetch) {
        next = (index + 1) % subscribers.length
        return subscriber
      }
    }
    return undefined
  }

  async function drain(): Promise<void> {
    pumping = true
    try {
      do {
        again = false
        const free = room()
        if (settings.closed()) return
        if (free === 0) {
          // Every subscriber is busy: the next one to finish claims again.
          backlog = true
          return
        }
        const rows = await db.query<Claimed & Record<string, unknown>>(claimSql, [consumer, free, settings.owner, settings.leaseMs])
        backlog = rows.length === free
        for (const row of rows.sort((a, b) => a.id - b.id)) {
          const subscriber = nextFree()
          if (subscriber) settings.track(deliver(subscriber, row))
        }
      } while (again)
    } catch (error) {
      log?.error({ consumer, err: error }, 'could not claim messages; the poll retries')
    } finally {
      pumping = false
    }
  }

  function pump(): void {
    if (pumping) {
      again = true
      return
    }
    settings.track(drain())
  }

  async function deliver(subscriber: Subscriber, row: Claimed): Promise<void> {
    subscriber.inFlight++
    try {
      const event = JSON.parse(row.body) as EventEnvelope
      if (row.attempts - row.excused > subscriber.maxAttempts) return await abandoned(row, event, subscriber.maxAttempts)
      try {
        await context.with(ROOT_CONTEXT, () => subscriber.handler(event))
      } catch (error) {
        return await failed(subscriber, row, event, error)
      }
      await settings.ack(row.id)
    } catch (error) {
      log?.warn({ consumer, message_id: row.id, err: error }, 'could not settle a message; it is redelivered when its lease expires')
    } finally {
      subscriber.inFlight--
      if (backlog) pump()
    }
  }

  async function failed(subscriber: Subscriber, row: Claimed, event: EventEnvelope, error: unknown): Promise<void> {
    const fields = { consumer, event_id: event.id, event_type: event.type, attempts: row.attempts, err: error }
    const firstFailedAt = row.first_failed_at ?? new Date()
    const next = nextDelivery(settings.redelivery, {
      error, deliveries: row.attempts, excused: row.excused, maxAttempts: subscriber.maxAttempts, firstFailedAt: firstFailedAt.getTime(),
    })
    if (next.to === 'dlq') {
      log?.error(fields, 'event handler failed for the last time; dead-lettered')
      const reason = error instanceof Error ? error.message : String(error)
      await db.query(deadLetterSql, [row.id, row.attempts, reason])
      return
    }
    log?.warn({ ...fields, retry_in_ms: next.delayMs }, next.excused ? 'event handler found a dependency unavailable; redelivering later' : 'event handler failed; redelivering')
    await db.query(retrySql, [row.id, next.delayMs, next.excused ? 1 : 0, firstFailedAt])
    settings.later(next.delayMs, pump)
  }

  /**
   * Leases ran out maxAttempts times with no outcome: its handler hung, or the process died
   * handling it, again and again. Dead-lettered, so a message that kills the process cannot
   * keep killing it at every start.
   */
  async function abandoned(row: Claimed, event: EventEnvelope, maxAttempts: number): Promise<void> {
    log?.error({ consumer, event_id: event.id, event_type: event.type, attempts: maxAttempts }, 'event had no outcome after its last delivery; dead-lettered')
    await db.query(deadLetterSql, [row.id, maxAttempts, `no outcome after ${maxAttempts} deliveries (the handler hung or the process died)`])
  }

  return {
    subscribe(handler, maxAttempts) {
      subscribers.push({ handler, maxAttempts, inFlight: 0 })
      pump()
    },
    pump,
  }
}

import type { Logger } from 'pino'
import type { Bus } from '../bus/bus.ts'
import type { EventEnvelope } from '../bus/envelope.ts'
import type { Db } from '../db/db.ts'
import { createPruner, type PruneOptions } from './prune.ts'
import { withTimeout } from '../timeout.ts'

export interface RelayOptions extends PruneOptions {
  log?: Logger | undefined
  /** How often the relay looks for due rows when nobody kicks it. */
  pollIntervalMs?: number | undefined
  /** A claimed row not marked published by then is due again (its relay died mid-publish). */
  stuckAfterMs?: number | undefined
  batchSize?: number | undefined
  /** First retry delay of a row whose publish failed; doubles per attempt up to retryMaxMs. */
  retryBaseMs?: number | undefined
  retryMaxMs?: number | undefined
}

export interface Relay {
  start(): void
  kick(): void
  stop(): Promise<void>
}

interface ClaimedRow {
  id: string
  envelope: EventEnvelope
  attempts: number
}

/**
 * Claims due rows oldest first. SKIP LOCKED plus the lease (next_attempt_at moved past the
 * stuck deadline, in the same statement) keep two relays on one database off each other's rows:
 * a row locked by one is skipped, a row claimed by one is no longer due for the other.
 */
const claimSql = `
with due as (
  select id from outbox
  where published_at is null and next_attempt_at <= clock_timestamp()
  order by created_at
  limit $1::int
  for update skip locked
), claimed as (
  update outbox
  set attempts = attempts + 1, next_attempt_at = clock_timestamp() + $2::int * interval '1 millisecond'
  from due where outbox.id = due.id
  returning outbox.id, outbox.envelope, outbox.attempts, outbox.created_at
)
select id, envelope, attempts from claimed order by created_at`

const markPublishedSql = `update outbox set published_at = clock_timestamp(), last_error = null where id = any($1::uuid[])`

const markFailedSql = `update outbox
set last_error = $2, next_attempt_at = clock_timestamp() + $3::int * interval '1 millisecond'
where id = $1`

/**
 * Publishes committed outbox rows: after a kick, every poll interval, and once more on stop.
 * Now and then it also deletes the outbox and inbox rows past their retention.
 */
export function createRelay(db: Db, bus: Bus, options: RelayOptions = {}): Relay {
  const log = options.log
  const pollIntervalMs = options.pollIntervalMs ?? 1000
  const stuckAfterMs = options.stuckAfterMs ?? 30_000
  const batchSize = options.batchSize ?? 100
  const retryBaseMs = options.retryBaseMs ?? 500
  const retryMaxMs = options.retryMaxMs ?? 60_000
  // Bounded well inside the lease, so a hung publish never overlaps another relay's claim.
  const publishTimeoutMs = Math.max(1, Math.floor(stuckAfterMs / 2))
  let state: 'idle' | 'running' | 'stopping' | 'stopped' = 'idle'
  let loop: Promise<void> | undefined
  let wake: (() => void) | undefined
  let kicked = false
  const pruneIfDue = createPruner(db, options)

  function retryDelay(attempts: number): number {
    const exponential = Math.min(retryMaxMs, retryBaseMs * 2 ** Math.max(0, attempts - 1))
    return Math.round(exponential * (0.8 + Math.random() * 0.4))
  }

  /** Answers whether the broker confirmed the row's event. */
  async function publish(row: ClaimedRow): Promise<boolean> {
    try {
      await withTimeout(bus.publish(row.envelope), publishTimeoutMs, () => `publish timed out after ${publishTimeoutMs} ms`)
      return true
    } catch (error) {
      const delay = retryDelay(row.attempts)
      const message = error instanceof Error ? error.message : String(error)
      log?.warn({ event_id: row.id, event_type: row.envelope.type, attempts: row.attempts, retry_in_ms: delay, err: error }, 'outbox publish failed')
      await db.query(markFailedSql, [row.id, message, delay])
      return false
    }
  }

  /**
   * Publishes one batch; answers how many rows it claimed. The published rows are marked in one
   * statement at the end: a crash before it publishes the batch again, which consumers' inboxes
   * absorb, as they do any redelivery.
   */
  async function batch(): Promise<number> {
    const rows = await db.query<ClaimedRow & Record<string, unknown>>(claimSql, [batchSize, stuckAfterMs])
    const published: string[] = []
    for (const row of rows) if (await publish(row)) published.push(row.id)
    if (published.length > 0) await db.query(markPublishedSql, [published])
    return rows.length
  }

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms)
      function done() {
        clearTimeout(timer)
        wake = undefined
        resolve()
      }
      wake = done
    })
  }

  async function run(): Promise<void> {
    while (state === 'running') {
      kicked = false
      let claimed = 0
      try {
        claimed = await batch()
      } catch (error) {
        log?.error({ err: error }, 'outbox relay failed; retrying')
      }
      if (state === 'running') await pruneIfDue()
      if (state === 'running' && claimed < batchSize && !kicked) await sleep(pollIntervalMs)
    }
  }

  return {
    start() {
      if (state !== 'idle') return
      state = 'running'
      loop = run()
    },

    kick() {
      kicked = true
      wake?.()
    },

    /** Stops the loop, then publishes what is due now; rows that fail stay for the next start. */
    async stop() {
      if (state === 'stopping' || state === 'stopped') return loop
      const wasRunning = state === 'running'
      state = 'stopping'
      wake?.()
      const stopping = (async () => {
        if (wasRunning) await loop
        try {
          while ((await batch()) > 0);
        } catch (error) {
          log?.error({ err: error }, 'outbox flush on stop failed; rows stay for the next start')
        }
        state = 'stopped'
      })()
      loop = stopping
      return stopping
    },
  }
}

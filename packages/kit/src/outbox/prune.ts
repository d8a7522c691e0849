import type { Logger } from 'pino'
import type { Db } from '../db/db.ts'

export interface PruneOptions {
  /** Published outbox rows are deleted this long after their publish; 24 h by default. */
  retentionMs?: number | undefined
  /**
   * Inbox rows are deleted this long after their event was handled; 7 days by default. They
   * only need to outlive the redeliveries of their event (a dead letter replayed later than
   * this would have its effect again).
   */
  inboxRetentionMs?: number | undefined
  /** How often the relay prunes; 10 minutes by default. */
  pruneIntervalMs?: number | undefined
}

/** Rows deleted per table and tick: a tick's extra work stays small, so checkouts never wait long. */
const chunk = 500

const pruneOutboxSql = `delete from outbox where id in (
  select id from outbox
  where published_at < clock_timestamp() - $1::bigint * interval '1 millisecond'
  limit $2::int
) returning 1`

const pruneInboxSql = `delete from inbox where (event_id, consumer) in (
  select event_id, consumer from inbox
  where processed_at < clock_timestamp() - $1::bigint * interval '1 millisecond'
  limit $2::int
) returning 1`

/**
 * Deletes what the outbox and the inbox no longer need, at most once per interval: the relay
 * calls it on every tick, and the first call prunes at once (a process that never lives a whole
 * interval still prunes). A backlog larger than a chunk is worked off a chunk per tick.
 */
export function createPruner(db: Db, options: PruneOptions & { log?: Logger | undefined }): () => Promise<void> {
  const retentionMs = options.retentionMs ?? 24 * 60 * 60 * 1000
  const inboxRetentionMs = options.inboxRetentionMs ?? 7 * 24 * 60 * 60 * 1000
  const pruneIntervalMs = options.pruneIntervalMs ?? 10 * 60 * 1000
  let nextAt = 0

  return async function pruneIfDue() {
    if (Date.now() < nextAt) return
    nextAt = Date.now() + pruneIntervalMs
    try {
      // One transaction, so no reader sees the outbox pruned and the inbox not yet.
      const { outbox, inbox } = await db.transaction(async (tx) => ({
        outbox: (await tx.query(pruneOutboxSql, [retentionMs, chunk])).length,
        inbox: (await tx.query(pruneInboxSql, [inboxRetentionMs, chunk])).length,
      }))
      if (outbox + inbox > 0) options.log?.debug({ outbox, inbox }, 'pruned outbox and inbox rows')
      if (outbox === chunk || inbox === chunk) nextAt = 0
    } catch (error) {
      options.log?.warn({ err: error }, 'outbox/inbox pruning failed; retrying at the next interval')
    }
  }
}

import type { Queryable } from '@bazaar/kit'

/** Seconds until the last of `keys` is unlocked; undefined when none is locked. */
export async function lockedFor(db: Queryable, keys: readonly string[]): Promise<number | undefined> {
  const rows = await db.query<{ seconds: number | null }>(
    `select ceil(extract(epoch from max(locked_until) - now()))::int as seconds
     from login_failures where key = any($1) and locked_until > now()`,
    [keys],
  )
  const seconds = rows[0]?.seconds
  return seconds === null || seconds === undefined ? undefined : Math.max(1, seconds)
}

// Whether the key's current window is still open; a closed one starts counting again.
const inWindow = `f.window_started_at > now() - $3 * interval '1 millisecond'`
const counted = `case when ${inWindow} then f.failures + 1 else 1 end`

/**
 * Counts a failure against `key` within a window of `windowMs`; the failure that reaches
 * `maxFailures` locks the key for `lockMs`. One upsert, so concurrent failures all count.
 */
export async function recordFailure(db: Queryable, key: string, maxFailures: number, windowMs: number, lockMs: number): Promise<void> {
  await db.query(
    `insert into login_failures as f (key, failures, window_started_at, locked_until)
     values ($1, 1, now(), case when $2 <= 1 then now() + $4 * interval '1 millisecond' end)
     on conflict (key) do update set
       failures = ${counted},
       window_started_at = case when ${inWindow} then f.window_started_at else now() end,
       locked_until = case when ${counted} >= $2 then now() + $4 * interval '1 millisecond' else f.locked_until end`,
    [key, maxFailures, windowMs, lockMs],
  )
}

export async function clearFailures(db: Queryable, key: string): Promise<void> {
  await db.query('delete from login_failures where key = $1', [key])
}

/**
 * Deletes counts whose window has closed and whose lock (if any) has ended; answers how many.
 * Such a row changes nothing: the next failure against its key starts counting afresh anyway.
 */
export async function deleteStaleFailures(db: Queryable, windowMs: number): Promise<number> {
  const rows = await db.query(
    `delete from login_failures
     where window_started_at <= now() - $1 * interval '1 millisecond' and (locked_until is null or locked_until <= now())
     returning key`,
    [windowMs],
  )
  return rows.length
}

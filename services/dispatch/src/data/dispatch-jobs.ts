import type { Queryable } from '@bazaar/kit'
import type { DispatchJob } from '../domain/dispatch-job.ts'

type JobRow = { dispatch_id: string; order_id: string; user_id: string }

function toJob(row: JobRow): DispatchJob {
  return { dispatchId: row.dispatch_id, orderId: row.order_id, userId: row.user_id }
}

/** Schedules the order's dispatch `delayMs` from now, unless it has one already. */
export async function insertDispatchJob(db: Queryable, job: DispatchJob, delayMs: number): Promise<void> {
  await db.query(
    `insert into dispatch_jobs (dispatch_id, order_id, user_id, due_at)
     values ($1, $2, $3, clock_timestamp() + $4::bigint * interval '1 millisecond')
     on conflict (order_id) do nothing`,
    [job.dispatchId, job.orderId, job.userId, delayMs],
  )
}

/** Jobs that fell due and have not been dispatched, oldest first. */
export async function dueDispatchJobs(db: Queryable, limit: number): Promise<string[]> {
  const rows = await db.query<{ dispatch_id: string }>(
    'select dispatch_id from dispatch_jobs where dispatched_at is null and due_at <= clock_timestamp() order by due_at limit $1::int',
    [limit],
  )
  return rows.map((row) => row.dispatch_id)
}

/**
 * Marks the job dispatched and answers it; undefined when it already was. Replicas polling one
 * database may pick the same job: the condition lets one of them through.
 */
export async function markDispatched(db: Queryable, dispatchId: string): Promise<DispatchJob | undefined> {
  const rows = await db.query<JobRow>(
    `update dispatch_jobs set dispatched_at = clock_timestamp() where dispatch_id = $1 and dispatched_at is null
     returning dispatch_id, order_id, user_id`,
    [dispatchId],
  )
  return rows[0] && toJob(rows[0])
}

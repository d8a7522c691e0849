import type { DueJobTable, Queryable } from '@bazaar/kit'
import type { DispatchJob } from '../domain/dispatch-job.ts'

export type JobRow = { dispatch_id: string; order_id: string; user_id: string }

/** Dispatch jobs as the due-jobs runner takes them: set dispatched_at once dispatched. */
export const dispatchJobs: DueJobTable = { table: 'dispatch_jobs', key: 'dispatch_id', doneAt: 'dispatched_at' }

export function toJob(row: JobRow): DispatchJob {
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

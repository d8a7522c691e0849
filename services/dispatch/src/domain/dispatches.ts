import { randomUUID } from 'node:crypto'
import { runDueJobs, type Db, type Outbox, type Queryable } from '@bazaar/kit'
import { dispatchJobs, insertDispatchJob, toJob, type JobRow } from '../data/dispatch-jobs.ts'
import { shipmentDispatched } from './events/shipment-dispatched.ts'

export interface DueDispatchDeps {
  db: Db
  outbox: Outbox
  /** A transaction whose outbox events leave right after its commit. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>
}

/** A paid order is picked and packed: its parcel leaves `delayMs` later. A repeat changes nothing. */
export async function scheduleDispatch(tx: Queryable, order: { orderId: string; userId: string }, delayMs: number): Promise<void> {
  await insertDispatchJob(tx, { dispatchId: randomUUID(), orderId: order.orderId, userId: order.userId }, delayMs)
}

/**
 * Dispatches every job that fell due: the job is marked and `shipment.dispatched` published in
 * one transaction per job, once whatever the replicas or restarts. Answers how many.
 */
export function dispatchDue(deps: DueDispatchDeps, signal?: AbortSignal): Promise<number> {
  return runDueJobs<JobRow>(deps, {
    ...dispatchJobs,
    signal,
    async run(tx, row) {
      await deps.outbox.add(tx, shipmentDispatched(toJob(row)))
      return true
    },
  })
}

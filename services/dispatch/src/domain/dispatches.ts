import { randomUUID } from 'node:crypto'
import type { Db, Outbox, Queryable } from '@bazaar/kit'
import { dueDispatchJobs, insertDispatchJob, markDispatched } from '../data/dispatch-jobs.ts'
import { shipmentDispatched } from '../events/shipment-dispatched.ts'

export interface DispatchDeps {
  db: Db
  outbox: Outbox
  /** A transaction whose outbox events leave right after its commit. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>
}

/** A paid order is picked and packed: its parcel leaves `delayMs` later. A repeat changes nothing. */
export async function scheduleDispatch(tx: Queryable, order: { orderId: string; userId: string }, delayMs: number): Promise<void> {
  await insertDispatchJob(tx, { dispatchId: randomUUID(), orderId: order.orderId, userId: order.userId }, delayMs)
}

const batchSize = 50

/**
 * Dispatches every job that fell due: the job is marked and `shipment.dispatched` published in
 * one transaction per job, once whatever the replicas or restarts. Answers how many.
 */
export async function dispatchDue(deps: DispatchDeps): Promise<number> {
  let made = 0
  for (;;) {
    const due = await dueDispatchJobs(deps.db, batchSize)
    for (const dispatchId of due) if (await dispatchOne(deps, dispatchId)) made++
    if (due.length < batchSize) return made
  }
}

function dispatchOne(deps: DispatchDeps, dispatchId: string): Promise<boolean> {
  return deps.transaction(async (tx) => {
    const job = await markDispatched(tx, dispatchId)
    if (!job) return false
    await deps.outbox.add(tx, shipmentDispatched(job))
    return true
  })
}

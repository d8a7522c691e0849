import type { Db, Outbox, Queryable } from '@bazaar/kit'
import { completeDelivery, dueDeliveries } from '../data/delivery-jobs.ts'
import { advanceShipment, insertTrackingEvent } from '../data/shipments.ts'
import { shipmentDelivered } from '../events/shipment-events.ts'
import { trackingDescriptions } from './shipment.ts'

export interface DeliveryDeps {
  db: Db
  outbox: Outbox
  /** A transaction whose outbox events leave right after its commit. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>
}

const batchSize = 50

/**
 * Makes every delivery that fell due: the shipment becomes `delivered` and `shipment.delivered`
 * is published, in one transaction per shipment, once whatever the replicas or restarts.
 * Answers how many were made.
 */
export async function deliverDue(deps: DeliveryDeps): Promise<number> {
  let made = 0
  for (;;) {
    const due = await dueDeliveries(deps.db, batchSize)
    for (const shipmentId of due) if (await deliver(deps, shipmentId)) made++
    if (due.length < batchSize) return made
  }
}

function deliver(deps: DeliveryDeps, shipmentId: string): Promise<boolean> {
  return deps.transaction(async (tx) => {
    if (!(await completeDelivery(tx, shipmentId))) return false
    const delivered = await advanceShipment(tx, shipmentId, 'dispatched', 'delivered')
    if (!delivered) return false
    await insertTrackingEvent(tx, shipmentId, 'delivered', trackingDescriptions.delivered)
    await deps.outbox.add(tx, shipmentDelivered(delivered))
    return true
  })
}

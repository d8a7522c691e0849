import { runDueJobs, type Db, type Outbox, type Queryable } from '@bazaar/kit'
import { deliveryJobs } from '../data/delivery-jobs.ts'
import { advanceShipment, insertTrackingEvent } from '../data/shipments.ts'
import { shipmentDelivered } from './events/shipment-events.ts'
import { trackingDescriptions } from './shipment.ts'

export interface DeliveryDeps {
  db: Db
  outbox: Outbox
  /** A transaction whose outbox events leave right after its commit. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>
}

/**
 * Makes every delivery that fell due: the shipment becomes `delivered` and `shipment.delivered`
 * is published, in one transaction per shipment, once whatever the replicas or restarts.
 * Answers how many were made.
 */
export function deliverDue(deps: DeliveryDeps, signal?: AbortSignal): Promise<number> {
  return runDueJobs<{ shipment_id: string }>(deps, { ...deliveryJobs, signal, run: (tx, job) => deliver(deps, tx, job.shipment_id) })
}

async function deliver(deps: DeliveryDeps, tx: Queryable, shipmentId: string): Promise<boolean> {
  const delivered = await advanceShipment(tx, shipmentId, 'dispatched', 'delivered')
  if (!delivered) return false
  await insertTrackingEvent(tx, shipmentId, 'delivered', trackingDescriptions.delivered)
  await deps.outbox.add(tx, shipmentDelivered(delivered))
  return true
}

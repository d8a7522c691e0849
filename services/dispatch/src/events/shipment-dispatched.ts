import type { NewEvent } from '@bazaar/kit'
import type { ShipmentDispatchedV1 } from '@bazaar/contracts'
import type { DispatchJob } from '../domain/dispatch-job.ts'

export function shipmentDispatched(job: DispatchJob): NewEvent<ShipmentDispatchedV1> {
  return {
    type: 'shipment.dispatched',
    subject: job.orderId,
    data: { order_id: job.orderId, user_id: job.userId, dispatch_id: job.dispatchId },
  }
}

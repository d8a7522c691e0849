import { newEvent } from '@bazaar/kit'
import { ShipmentDispatched } from '@bazaar/contracts'
import type { DispatchJob } from '../dispatch-job.ts'

export function shipmentDispatched(job: DispatchJob) {
  return newEvent(ShipmentDispatched, job.orderId, { order_id: job.orderId, user_id: job.userId, dispatch_id: job.dispatchId })
}

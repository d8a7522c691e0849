import type { Queryable } from '@bazaar/kit'
import { orderIn, setTrackingNumber } from '../data/orders.ts'
import { orderDelivered, orderShipped } from './events/order-events.ts'
import type { OrdersDeps } from './ports.ts'
import { recordWithoutMoving, transition } from './transitions.ts'

/** shipment.created: the order learns its tracking number; its status does not move. */
export async function applyShipmentCreated(tx: Queryable, orderId: string, trackingNumber: string): Promise<void> {
  await setTrackingNumber(tx, orderId, trackingNumber)
}

/** shipment.dispatched: paid -> shipped, order.shipped published; out of turn, only noted. */
export async function applyShipmentDispatched(tx: Queryable, deps: OrdersDeps, orderId: string): Promise<boolean> {
  const result = await transition(tx, orderId, 'shipped', { note: 'dispatched' })
  if (result.moved) await deps.publish(tx, orderShipped(await orderIn(tx, orderId)))
  else if (result.current !== undefined) await recordWithoutMoving(tx, orderId, `shipment.dispatched ignored in status ${result.current}`)
  return result.moved
}

/**
 * shipment.delivered: shipped -> delivered, order.delivered published. Dispatch and shipping
 * publish independently, so a delivery may overtake its dispatch: a paid order then moves
 * through `shipped` first (both arrows allowed, both events published) and the late dispatch
 * is only noted. Any other status: only noted.
 */
export async function applyShipmentDelivered(tx: Queryable, deps: OrdersDeps, orderId: string, trackingNumber: string): Promise<boolean> {
  await setTrackingNumber(tx, orderId, trackingNumber)
  const shipped = await transition(tx, orderId, 'shipped', { from: ['paid'], note: 'delivered before its dispatch was reported' })
  if (shipped.moved) await deps.publish(tx, orderShipped(await orderIn(tx, orderId)))
  const result = await transition(tx, orderId, 'delivered', { note: 'delivered' })
  if (result.moved) await deps.publish(tx, orderDelivered(await orderIn(tx, orderId)))
  else if (result.current !== undefined) await recordWithoutMoving(tx, orderId, `shipment.delivered ignored in status ${result.current}`)
  return result.moved
}

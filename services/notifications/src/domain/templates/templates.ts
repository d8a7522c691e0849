import { orderCancelled } from './order-cancelled.ts'
import { orderCreated } from './order-created.ts'
import { orderDelivered } from './order-delivered.ts'
import { orderPaid } from './order-paid.ts'
import { orderShipped } from './order-shipped.ts'
import { paymentFailed } from './payment-failed.ts'
import { paymentRefunded } from './payment-refunded.ts'
import { paymentSucceeded } from './payment-succeeded.ts'
import { shipmentCreated } from './shipment-created.ts'
import { shipmentDelivered } from './shipment-delivered.ts'
import { shipmentDispatched } from './shipment-dispatched.ts'
import { userRegistered } from './user-registered.ts'
import type { Template } from './template.ts'

export const templates: readonly Template[] = [
  userRegistered,
  orderCreated, orderPaid, orderCancelled, orderShipped, orderDelivered,
  paymentSucceeded, paymentFailed, paymentRefunded,
  shipmentCreated, shipmentDispatched, shipmentDelivered,
]

const byType = new Map(templates.map((template) => [template.contract.type, template]))

/** The template of an event's type; undefined for a type nobody is told about. */
export function templateFor(type: string): Template | undefined {
  return byType.get(type)
}

import { eventContract } from '../event-contract.ts'
import { ProductCreatedV1, ProductUpdatedV1 } from './catalog.ts'
import { InventoryLowV1, InventoryUpdatedV1 } from './inventory.ts'
import { NotificationSentV1 } from './notifications.ts'
import { OrderCancelledV1, OrderCreatedV1, OrderDeliveredV1, OrderPaidV1, OrderShippedV1 } from './orders.ts'
import { PaymentFailedV1, PaymentRefundedV1, PaymentSucceededV1 } from './payments.ts'
import { RatingCreatedV1 } from './ratings.ts'
import { ShipmentCreatedV1, ShipmentDeliveredV1, ShipmentDispatchedV1 } from './shipping.ts'
import { UserRegisteredV1 } from './user-registered.ts'

// Every event on the bus, by the service that publishes it. topology.yaml lists the same types
// per service; a test and every service's start compare the two.
export const UserRegistered = eventContract('user.registered', 1, UserRegisteredV1)

export const ProductCreated = eventContract('product.created', 1, ProductCreatedV1)
export const ProductUpdated = eventContract('product.updated', 1, ProductUpdatedV1)

export const InventoryUpdated = eventContract('inventory.updated', 1, InventoryUpdatedV1)
export const InventoryLow = eventContract('inventory.low', 1, InventoryLowV1)

export const OrderCreated = eventContract('order.created', 1, OrderCreatedV1)
export const OrderPaid = eventContract('order.paid', 1, OrderPaidV1)
export const OrderCancelled = eventContract('order.cancelled', 1, OrderCancelledV1)
export const OrderShipped = eventContract('order.shipped', 1, OrderShippedV1)
export const OrderDelivered = eventContract('order.delivered', 1, OrderDeliveredV1)

export const PaymentSucceeded = eventContract('payment.succeeded', 1, PaymentSucceededV1)
export const PaymentFailed = eventContract('payment.failed', 1, PaymentFailedV1)
export const PaymentRefunded = eventContract('payment.refunded', 1, PaymentRefundedV1)

export const ShipmentCreated = eventContract('shipment.created', 1, ShipmentCreatedV1)
export const ShipmentDispatched = eventContract('shipment.dispatched', 1, ShipmentDispatchedV1)
export const ShipmentDelivered = eventContract('shipment.delivered', 1, ShipmentDeliveredV1)

export const RatingCreated = eventContract('rating.created', 1, RatingCreatedV1)

export const NotificationSent = eventContract('notification.sent', 1, NotificationSentV1)

export const allEvents = [
  UserRegistered, ProductCreated, ProductUpdated, InventoryUpdated, InventoryLow,
  OrderCreated, OrderPaid, OrderCancelled, OrderShipped, OrderDelivered,
  PaymentSucceeded, PaymentFailed, PaymentRefunded,
  ShipmentCreated, ShipmentDispatched, ShipmentDelivered,
  RatingCreated, NotificationSent,
] as const

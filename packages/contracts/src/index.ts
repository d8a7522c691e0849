/**
 * Event contracts shared between services: one descriptor per event (type, version, payload
 * schema), docs/architecture.md#4-events-and-delivery-guarantees. Adding an optional field keeps
 * a version, any other change makes a new one.
 */
export { eventContract, type EventContract, type PayloadOf } from './event-contract.ts'
export * from './events/all.ts'
export { UserRegisteredV1 } from './events/user-registered.ts'
export { ProductCreatedV1, ProductUpdatedV1 } from './events/catalog.ts'
export { InventoryUpdatedV1, InventoryLowV1 } from './events/inventory.ts'
export { OrderCreatedV1, OrderPaidV1, OrderCancelledV1, OrderShippedV1, OrderDeliveredV1 } from './events/orders.ts'
export { PaymentSucceededV1, PaymentFailedV1, PaymentRefundedV1 } from './events/payments.ts'
export { ShipmentCreatedV1, ShipmentDispatchedV1, ShipmentDeliveredV1 } from './events/shipping.ts'
export { RatingCreatedV1 } from './events/ratings.ts'
export { NotificationSentV1 } from './events/notifications.ts'
export { Id, Minor, Currency, OrderLine } from './events/common.ts'

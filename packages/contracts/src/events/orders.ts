import { Type, type Static } from 'typebox'
import { Currency, Id, Minor, OrderLine, Timestamp } from './common.ts'

const OrderFacts = {
  order_id: Id,
  user_id: Id,
}

/** `order.created` v1: the order holds stock and awaits payment until `expires_at`. */
export const OrderCreatedV1 = Type.Object({
  ...OrderFacts,
  items: Type.Array(OrderLine),
  total: Minor,
  currency: Currency,
  from_cart: Type.Boolean(),
  expires_at: Timestamp,
})
export type OrderCreatedV1 = Static<typeof OrderCreatedV1>

/** `order.paid` v1: inventory commits the reservation, dispatch and shipping take over. */
export const OrderPaidV1 = Type.Object({
  ...OrderFacts,
  items: Type.Array(OrderLine),
  total: Minor,
  currency: Currency,
  payment_id: Id,
  shipping_address: Type.Union([Type.Record(Type.String(), Type.String()), Type.Null()]),
})
export type OrderPaidV1 = Static<typeof OrderPaidV1>

/**
 * `order.cancelled` v1: stock is released; when `payment_id` is set the order had been paid and
 * payments refunds it.
 */
export const OrderCancelledV1 = Type.Object({
  ...OrderFacts,
  reason: Type.Union([Type.Literal('customer'), Type.Literal('admin'), Type.Literal('expired'), Type.Literal('paid_after_cancel')]),
  payment_id: Type.Union([Id, Type.Null()]),
  items: Type.Array(OrderLine),
})
export type OrderCancelledV1 = Static<typeof OrderCancelledV1>

/** `order.shipped` v1 and `order.delivered` v1. */
export const OrderShippedV1 = Type.Object({ ...OrderFacts, tracking_number: Type.String() })
export type OrderShippedV1 = Static<typeof OrderShippedV1>
export const OrderDeliveredV1 = Type.Object({ ...OrderFacts, tracking_number: Type.String() })
export type OrderDeliveredV1 = Static<typeof OrderDeliveredV1>

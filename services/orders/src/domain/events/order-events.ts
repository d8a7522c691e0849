import { OrderCancelled, OrderCreated, OrderDelivered, OrderPaid, OrderShipped, type OrderCreatedV1 } from '@bazaar/contracts'
import { newEvent } from '@bazaar/kit'
import type { CancelReason, Order } from '../order.ts'

/** What every order event says about the lines: product, quantity, unit price in minor units. */
function lines(order: Order): OrderCreatedV1['items'] {
  return order.items.map((line) => ({ product_id: line.productId, quantity: line.quantity, unit_price: line.unitPrice }))
}

export function orderCreated(order: Order) {
  return newEvent(OrderCreated, order.orderId, {
    order_id: order.orderId,
    user_id: order.userId,
    items: lines(order),
    total: order.total,
    currency: order.currency,
    from_cart: order.fromCart,
    expires_at: order.expiresAt.toISOString(),
  })
}

/** Set by an admin without a payment of ours (paid offline): no payment id to refund later. */
const manualPaymentId = 'manual'

export function orderPaid(order: Order) {
  const address = order.shippingAddress
  return newEvent(OrderPaid, order.orderId, {
    order_id: order.orderId,
    user_id: order.userId,
    items: lines(order),
    total: order.total,
    currency: order.currency,
    payment_id: order.paymentId ?? manualPaymentId,
    shipping_address: address ? Object.fromEntries(Object.entries(address).filter((entry): entry is [string, string] => typeof entry[1] === 'string')) : null,
  })
}

/** `paymentId` is set when money was taken, so payments refunds it. */
export function orderCancelled(order: Order, reason: CancelReason, paymentId: string | null) {
  return newEvent(OrderCancelled, order.orderId, { order_id: order.orderId, user_id: order.userId, reason, payment_id: paymentId, items: lines(order) })
}

/** The tracking number is empty when the shipment's number has not reached orders yet. */
export function orderShipped(order: Order) {
  return newEvent(OrderShipped, order.orderId, { order_id: order.orderId, user_id: order.userId, tracking_number: order.trackingNumber ?? '' })
}

export function orderDelivered(order: Order) {
  return newEvent(OrderDelivered, order.orderId, { order_id: order.orderId, user_id: order.userId, tracking_number: order.trackingNumber ?? '' })
}

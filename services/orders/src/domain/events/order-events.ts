import type { NewEvent } from '@bazaar/kit'
import type { OrderCancelledV1, OrderCreatedV1, OrderDeliveredV1, OrderPaidV1, OrderShippedV1 } from '@bazaar/contracts'
import type { CancelReason, Order } from '../domain/order.ts'

/** What every order event says about the lines: product, quantity, unit price in minor units. */
function lines(order: Order): OrderCreatedV1['items'] {
  return order.items.map((line) => ({ product_id: line.productId, quantity: line.quantity, unit_price: line.unitPrice }))
}

export function orderCreated(order: Order): NewEvent<OrderCreatedV1> {
  return {
    type: 'order.created',
    subject: order.orderId,
    data: {
      order_id: order.orderId,
      user_id: order.userId,
      items: lines(order),
      total: order.total,
      currency: order.currency,
      from_cart: order.fromCart,
      expires_at: order.expiresAt.toISOString(),
    },
  }
}

/** Set by an admin without a payment of ours (paid offline): no payment id to refund later. */
export const manualPaymentId = 'manual'

export function orderPaid(order: Order): NewEvent<OrderPaidV1> {
  const address = order.shippingAddress
  return {
    type: 'order.paid',
    subject: order.orderId,
    data: {
      order_id: order.orderId,
      user_id: order.userId,
      items: lines(order),
      total: order.total,
      currency: order.currency,
      payment_id: order.paymentId ?? manualPaymentId,
      shipping_address: address ? Object.fromEntries(Object.entries(address).filter((entry): entry is [string, string] => typeof entry[1] === 'string')) : null,
    },
  }
}

/** `paymentId` is set when money was taken, so payments refunds it. */
export function orderCancelled(order: Order, reason: CancelReason, paymentId: string | null): NewEvent<OrderCancelledV1> {
  return {
    type: 'order.cancelled',
    subject: order.orderId,
    data: { order_id: order.orderId, user_id: order.userId, reason, payment_id: paymentId, items: lines(order) },
  }
}

/** The tracking number is empty when the shipment's number has not reached orders yet. */
export function orderShipped(order: Order): NewEvent<OrderShippedV1> {
  return { type: 'order.shipped', subject: order.orderId, data: { order_id: order.orderId, user_id: order.userId, tracking_number: order.trackingNumber ?? '' } }
}

export function orderDelivered(order: Order): NewEvent<OrderDeliveredV1> {
  return { type: 'order.delivered', subject: order.orderId, data: { order_id: order.orderId, user_id: order.userId, tracking_number: order.trackingNumber ?? '' } }
}

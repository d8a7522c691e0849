import { randomUUID } from 'node:crypto'
import { OrderCreated } from '@bazaar/contracts'
import { envelope, newEvent, type EventEnvelope } from '@bazaar/kit'

/** The event orders publishes when it placed an order of these lines (unit price 19.99 each). */
export function orderCreated(userId: string, lines: [productId: string, quantity: number][], fromCart = true): EventEnvelope {
  const orderId = randomUUID()
  const items = lines.map(([product_id, quantity]) => ({ product_id, quantity, unit_price: 1999 }))
  return envelope('orders', newEvent(OrderCreated, orderId, {
    order_id: orderId, user_id: userId, items,
    total: items.reduce((sum, item) => sum + item.quantity * item.unit_price, 0), currency: 'USD', from_cart: fromCart,
    expires_at: new Date(Date.now() + 900_000).toISOString(),
  }))
}

import { OrderCreated } from '@bazaar/contracts'
import { defineConsumer, readEvent } from '@bazaar/kit'
import type { CartDeps } from '../domain/carts.ts'

/**
 * An order placed from the cart takes what it ordered out of it, and nothing else: the event
 * may come late (broker down, a redelivery), after the customer added more. Runs in the inbox
 * transaction, so a redelivered event finds its inbox row and does nothing; a store that cannot
 * be reached throws, so the event comes again later. A payload that breaks the contract throws
 * too, so the message ends in the dead letters, visible, instead of being dropped.
 */
export const takeOrderedLines = defineConsumer<CartDeps>({
  name: 'cart.empty-ordered-carts',
  events: [OrderCreated],
  handler: (deps) => async (tx, event) => {
    const order = readEvent(OrderCreated, event)
    if (!order.from_cart) return
    const lines = order.items.map((item) => ({ productId: item.product_id, quantity: item.quantity }))
    await deps.store.takeOrderedWithin(tx, { orderId: order.order_id, userId: order.user_id, lines })
  },
})

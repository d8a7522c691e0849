import { OrderCreated } from '@bazaar/contracts'
import { defineConsumer, readEvent } from '@bazaar/kit'
import type { CartDeps } from '../domain/carts.ts'

/**
 * An order placed from the cart empties it. Runs in the inbox transaction, so a redelivered
 * event finds its inbox row and does nothing; a store that cannot be reached throws, so the
 * event comes again later. A payload that breaks the contract throws too, so the message ends
 * in the dead letters, visible, instead of being dropped.
 */
export const emptyOrderedCarts = defineConsumer<CartDeps>({
  name: 'cart.empty-ordered-carts',
  events: [OrderCreated],
  handler: (deps) => async (tx, event) => {
    const order = readEvent(OrderCreated, event)
    if (order.from_cart) await deps.store.clearWithin(tx, order.user_id)
  },
})

import { Type } from 'typebox'
import { OrderCreatedV1 } from '@bazaar/contracts'
import { readEvent, type EventEnvelope, type Queryable } from '@bazaar/kit'
import type { CartStore } from '../data/cart-store.ts'

// Only the fields this consumer reads.
const Needed = Type.Pick(OrderCreatedV1, ['user_id', 'from_cart'])

/**
 * An order placed from the cart empties it. Runs in the inbox transaction of `consume`, so a
 * redelivered event finds its inbox row and does nothing; a store that cannot be reached throws,
 * so the event comes again later. A payload without these fields throws too, so the message ends
 * in the dead letters, visible, instead of being dropped.
 */
export function emptyOrderedCart(store: CartStore) {
  return async (tx: Queryable, event: EventEnvelope): Promise<void> => {
    const data = readEvent(Needed, event)
    if (data.from_cart) await store.clearWithin(tx, data.user_id)
  }
}

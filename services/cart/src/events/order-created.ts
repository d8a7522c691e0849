import { Type } from 'typebox'
import { OrderCreatedV1 } from '@bazaar/contracts'
import { readEvent, type EventEnvelope, type Queryable } from '@bazaar/kit'
import { clearCartIn } from '../data/sql-cart-store.ts'

// Only the fields this consumer reads.
const Needed = Type.Pick(OrderCreatedV1, ['user_id', 'from_cart'])

/**
 * An order placed from the cart empties it. Runs in the inbox transaction of `consume`, so a
 * redelivered event finds its inbox row and does nothing. A payload without these fields throws,
 * so the message ends in the dead letters, visible, instead of being dropped.
 */
export async function emptyOrderedCart(tx: Queryable, event: EventEnvelope): Promise<void> {
  const data = readEvent(Needed, event)
  if (data.from_cart) await clearCartIn(tx, data.user_id)
}

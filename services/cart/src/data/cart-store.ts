import type { Queryable } from '@bazaar/kit'
import type { CartLine, PlacedOrder } from '../domain/cart.ts'

export interface CartLimits {
  /** Units of one product per line. */
  maxQuantity: number
  /** Distinct products per cart. */
  maxLines: number
}

/** What an add did: the line as it now is, or which limit refused it (nothing changed then). */
export type AddOutcome =
  | { ok: true; line: CartLine; created: boolean }
  | { ok: false; refused: 'quantity' | 'lines' }

/**
 * Where carts are kept: the service's database or Redis (CART_STORE), without the domain
 * noticing. Every method is scoped to one user's cart, and each change is
 * atomic: two adds racing on one cart never lose one.
 */
export interface CartStore {
  /** The user's lines, oldest first; none for a user who never had a cart. */
  lines(userId: string): Promise<CartLine[]>
  /** Adds units to the product's line, creating the line (and the cart) when needed. */
  add(userId: string, productId: string, quantity: number, limits: CartLimits): Promise<AddOutcome>
  /** Sets the line's quantity (at least 1); undefined when the product is not in the cart. */
  setQuantity(userId: string, productId: string, quantity: number): Promise<CartLine | undefined>
  /** Removes the product's line if there is one. */
  remove(userId: string, productId: string): Promise<void>
  clear(userId: string): Promise<void>
  /**
   * Takes what an order took out of its user's cart (`withoutOrdered`), once per order, as part
   * of the caller's database transaction (the order-placed consumer's inbox). In the database,
   * both commit together. In Redis the change and a mark of the order are written together, so
   * an event redelivered after a failed commit takes nothing twice; a failure throws, rolling
   * the transaction back, so the event comes again later.
   */
  takeOrderedWithin(tx: Queryable, order: PlacedOrder): Promise<void>
}

import type { CartLine } from '../domain/cart.ts'

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
 * Where carts are kept. One small interface so the distributed mode can keep carts in Redis
 * instead of the service's database without the domain noticing. Every method is scoped to
 * one user's cart.
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
}

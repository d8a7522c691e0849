import type { Cart } from '../api/cart.ts'

/** The cart as a page shows it, from the server or from this browser alike. */
export interface CartState {
  cart: Cart | undefined
  isPending: boolean
  error: Error | null
}

import { addCartItem } from '../api/cart.ts'
import { localCart } from './local-cart.ts'

/**
 * Moves what the visitor put in the cart before signing in into their account's cart, adding to
 * the lines it already has. A line the server refuses (a product gone since) is dropped.
 */
export async function mergeLocalCart(): Promise<void> {
  for (const line of localCart.lines()) {
    await addCartItem(line.product_id, line.quantity).catch(() => undefined)
  }
  localCart.clear()
}

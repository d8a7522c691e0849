import { addCartItem } from '../api/cart.ts'
import { ApiError } from '../api/api-error.ts'
import { localCart } from './local-cart.ts'

/** A line the server refused for good (a product gone since), as opposed to one it could not take now. */
const refused = (error: unknown) => error instanceof ApiError && error.isClientError && error.status !== 429

/**
 * Moves what the visitor put in the cart before signing in into their account's cart, adding to
 * the lines it already has. A line the server refuses for good is dropped; a line it could not
 * take now (no answer, 429, 5xx) stays in the browser, to be merged at the next sign-in.
 */
export async function mergeLocalCart(): Promise<void> {
  for (const line of localCart.lines()) {
    try {
      await addCartItem(line.product_id, line.quantity)
    } catch (error) {
      if (!refused(error)) continue
    }
    localCart.set(line.product_id, 0)
  }
}

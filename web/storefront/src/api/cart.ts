import { request } from './client.ts'
import type { paths } from './generated/cart.ts'
import type { JsonBody } from './json-body.ts'

export type Cart = JsonBody<paths['/cart']['get']>
export type CartItem = Cart['items'][number]

/** The most of one product a cart line holds. */
export const maxLineQuantity = 99

export const cartKey = ['cart'] as const

/** A line asking for more than inventory can sell now; one whose stock is unknown is not short. */
export function isShort(item: CartItem): boolean {
  return item.available !== null && item.quantity > item.available
}

export function getCart(signal?: AbortSignal): Promise<Cart> {
  return request('/cart', { signal })
}

/** Adds to the product's line (or starts one); answers the whole cart. */
export function addCartItem(productId: string, quantity: number): Promise<JsonBody<paths['/cart/items']['post']>> {
  return request('/cart/items', { method: 'POST', body: { product_id: productId, quantity } })
}

export function setCartQuantity(productId: string, quantity: number): Promise<JsonBody<paths['/cart/items/{product_id}']['patch']>> {
  return request(`/cart/items/${encodeURIComponent(productId)}`, { method: 'PATCH', body: { quantity } })
}

export function removeCartItem(productId: string): Promise<void> {
  return request(`/cart/items/${encodeURIComponent(productId)}`, { method: 'DELETE' })
}

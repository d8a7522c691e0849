import { request } from './client.ts'

export interface CartItem {
  product_id: string
  /** Null when the catalog could not be asked or no longer has the product. */
  name: string | null
  price: number | null
  quantity: number
  line_total: number | null
  /** Units inventory can sell now; null when it could not be asked. */
  available: number | null
  image_url: string | null
}

export interface Cart {
  items: CartItem[]
  subtotal: number | null
  currency: string
  /** Units over every line. */
  item_count: number
}

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
export function addCartItem(productId: string, quantity: number): Promise<Cart> {
  return request('/cart/items', { method: 'POST', body: { product_id: productId, quantity } })
}

export function setCartQuantity(productId: string, quantity: number): Promise<Cart> {
  return request(`/cart/items/${encodeURIComponent(productId)}`, { method: 'PATCH', body: { quantity } })
}

export function removeCartItem(productId: string): Promise<void> {
  return request(`/cart/items/${encodeURIComponent(productId)}`, { method: 'DELETE' })
}

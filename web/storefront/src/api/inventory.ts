import { isApiError } from './api-error.ts'
import { request } from './client.ts'
import type { paths } from './generated/inventory.ts'
import { queryString } from './http.ts'
import type { JsonBody } from './json-body.ts'

export type StockLevel = JsonBody<paths['/inventory/{product_id}']['get']>

export const stockKey = (productId: string) => ['stock', productId] as const

/** Every batch read of stock: what a change to one product's stock makes stale. */
export const allStocksKey = ['stocks'] as const

export const stocksKey = (productIds: readonly string[]) => [...allStocksKey, productIds] as const

const none = (productId: string): StockLevel => ({ product_id: productId, quantity: 0, reserved: 0 })

/** A product's stock; one inventory has never heard of has none. */
export async function getStock(productId: string, signal?: AbortSignal): Promise<StockLevel> {
  try {
    return await request<StockLevel>(`/inventory/${encodeURIComponent(productId)}`, { signal })
  } catch (error) {
    if (isApiError(error, 404)) return none(productId)
    throw error
  }
}

/** The stock of up to 100 products (a page of them) in one call, by product id; one inventory has never heard of has none. */
export async function getStocks(productIds: readonly string[], signal?: AbortSignal): Promise<Map<string, StockLevel>> {
  const { items } = await request<JsonBody<paths['/inventory']['get']>>(`/inventory${queryString({ product_ids: productIds.join(',') })}`, { signal })
  const known = new Map(items.map((level) => [level.product_id, level]))
  return new Map(productIds.map((productId) => [productId, known.get(productId) ?? none(productId)]))
}

/** Sets the sellable quantity, or adds a delta to it (never below 0). Admins only. */
export function updateStock(productId: string, change: { quantity: number } | { delta: number }): Promise<JsonBody<paths['/inventory/{product_id}/update']['post']>> {
  return request(`/inventory/${encodeURIComponent(productId)}/update`, { method: 'POST', body: change })
}

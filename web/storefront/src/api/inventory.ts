import { isApiError } from './api-error.ts'
import { request } from './client.ts'

export interface StockLevel {
  product_id: string
  /** Units that can be sold now. */
  quantity: number
  /** Units held for orders awaiting payment. */
  reserved: number
}

export const stockKey = (productId: string) => ['stock', productId] as const

/** A product's stock; one inventory has never heard of has none. */
export async function getStock(productId: string, signal?: AbortSignal): Promise<StockLevel> {
  try {
    return await request<StockLevel>(`/inventory/${encodeURIComponent(productId)}`, { signal })
  } catch (error) {
    if (isApiError(error, 404)) return { product_id: productId, quantity: 0, reserved: 0 }
    throw error
  }
}

/** Sets the sellable quantity, or adds a delta to it (never below 0). Admins only. */
export function updateStock(productId: string, change: { quantity: number } | { delta: number }): Promise<StockLevel> {
  return request(`/inventory/${encodeURIComponent(productId)}/update`, { method: 'POST', body: change })
}

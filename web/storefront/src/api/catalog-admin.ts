import { request } from './client.ts'
import type { Product } from './catalog.ts'

export interface ProductFields {
  name: string
  description: string
  price: number
  /** A category slug or name; a new one is created. */
  category: string
  weight_grams: number
}

export function createProduct(fields: ProductFields & { stock: number }): Promise<Product & { stock: number }> {
  return request('/products', { method: 'POST', body: fields })
}

export function updateProduct(productId: string, fields: Partial<ProductFields>): Promise<Product> {
  return request(`/products/${encodeURIComponent(productId)}`, { method: 'PATCH', body: fields })
}

export function deleteProduct(productId: string): Promise<void> {
  return request(`/products/${encodeURIComponent(productId)}`, { method: 'DELETE' })
}

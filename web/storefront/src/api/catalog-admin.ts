import { request } from './client.ts'
import type { paths } from './generated/catalog.ts'
import type { JsonBody } from './json-body.ts'

export interface ProductFields {
  name: string
  description: string
  price: number
  /** A category slug or name; a new one is created. */
  category: string
  weight_grams: number
}

export function createProduct(fields: ProductFields & { stock: number }): Promise<JsonBody<paths['/products']['post'], 201>> {
  return request('/products', { method: 'POST', body: fields })
}

export function updateProduct(productId: string, fields: Partial<ProductFields>): Promise<JsonBody<paths['/products/{product_id}']['patch']>> {
  return request(`/products/${encodeURIComponent(productId)}`, { method: 'PATCH', body: fields })
}

export function deleteProduct(productId: string): Promise<void> {
  return request(`/products/${encodeURIComponent(productId)}`, { method: 'DELETE' })
}

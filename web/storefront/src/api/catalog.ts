import { request } from './client.ts'
import type { paths } from './generated/catalog.ts'
import { queryString } from './http.ts'
import type { JsonBody } from './json-body.ts'

export type Product = JsonBody<paths['/products/{product_id}']['get']>
export type ProductPage = JsonBody<paths['/products']['get']>
export type Category = JsonBody<paths['/categories']['get']>['items'][number]

export const sorts = ['relevance', 'name', 'price_asc', 'price_desc', 'newest', 'rating'] as const
export type Sort = (typeof sorts)[number]

export interface ProductQuery {
  q?: string | undefined
  category?: string | undefined
  min_price?: number | undefined
  max_price?: number | undefined
  sort?: Sort | undefined
  cursor?: string | undefined
  limit?: number | undefined
}

export const productsKey = ['products'] as const
export const productKey = (productId: string) => [...productsKey, 'one', productId] as const

export function listProducts(query: ProductQuery, signal?: AbortSignal): Promise<ProductPage> {
  return request(`/products${queryString({ ...query })}`, { signal })
}

export function getProduct(productId: string, signal?: AbortSignal): Promise<Product> {
  return request(`/products/${encodeURIComponent(productId)}`, { signal })
}

/** Several products in one call, in no particular order; unknown ids are left out. */
export async function productsByIds(ids: readonly string[], signal?: AbortSignal): Promise<Product[]> {
  if (ids.length === 0) return []
  return (await request<ProductPage>(`/products${queryString({ ids: ids.join(',') })}`, { signal })).items
}

export async function listCategories(signal?: AbortSignal): Promise<Category[]> {
  return (await request<JsonBody<paths['/categories']['get']>>('/categories', { signal })).items
}

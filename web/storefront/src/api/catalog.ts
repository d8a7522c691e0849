import { request } from './client.ts'
import { queryString } from './http.ts'

export type AttributeValue = string | number | boolean

export interface Product {
  product_id: string
  name: string
  description: string
  price: number
  currency: string
  /** The category's slug. */
  category: string
  image_url: string
  images: string[]
  attributes: Record<string, AttributeValue>
  weight_grams: number
  /** Null when the ratings service could not be asked. */
  rating: { average: number | null; count: number } | null
  created_at: string
  updated_at: string
}

export interface ProductPage {
  items: Product[]
  next_cursor: string | null
}

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

export interface Category {
  slug: string
  name: string
  product_count: number
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
  return (await request<{ items: Category[] }>('/categories', { signal })).items
}

import type { Queryable } from '@bazaar/kit'
import type { Product } from '../domain/product.ts'
import { productColumns, toProduct, type ProductRow } from './products.ts'

export interface ProductFilter {
  /** websearch_to_tsquery syntax ("red shoes", "\"exact phrase\"", "-excluded"). */
  q?: string | undefined
  /** to_tsquery text matching the words as typed so far (see prefixQuery); ORed with `q`. */
  prefix?: string | undefined
  category?: string | undefined
  minPriceMinor?: number | undefined
  maxPriceMinor?: number | undefined
  ids?: readonly string[] | undefined
}

export type SqlSort = 'name' | 'price_asc' | 'price_desc' | 'newest' | 'relevance'

/**
 * Each sort's key and directions. The id breaks ties, so (key, id) orders every row strictly
 * and a keyset cursor resumes exactly after the last row of a page.
 */
const sorts: Record<SqlSort, { key: string; type: string; keyDesc: boolean; idDesc: boolean }> = {
  name: { key: 'lower(p.name)', type: 'text', keyDesc: false, idDesc: false },
  price_asc: { key: 'p.price_minor', type: 'bigint', keyDesc: false, idDesc: false },
  price_desc: { key: 'p.price_minor', type: 'bigint', keyDesc: true, idDesc: false },
  newest: { key: 'p.created_at', type: 'timestamptz', keyDesc: true, idDesc: true },
  // Relevance needs `q`: s.query is only there with it.
  relevance: { key: 'ts_rank(p.search, s.query)', type: 'real', keyDesc: true, idDesc: false },
}

/** The key travels as its SQL text, which casts back to the very same value (timestamps keep their microseconds). */
export interface SqlPosition {
  key: string
  id: string
}

export interface SqlPage {
  products: Product[]
  next: SqlPosition | undefined
}

function filtered(filter: ProductFilter, params: unknown[]): { from: string; where: string } {
  const param = (value: unknown) => `$${params.push(value)}`
  const conditions = ['p.deleted_at is null']
  let from = 'products p'
  if (filter.q !== undefined) {
    const words = `websearch_to_tsquery('english', ${param(filter.q)})`
    const query = filter.prefix === undefined ? words : `(${words} || to_tsquery('english', ${param(filter.prefix)}))`
    from = `products p cross join (select ${query} as query) s`
    conditions.push('p.search @@ s.query')
  }
  if (filter.category !== undefined) conditions.push(`p.category = ${param(filter.category)}`)
  if (filter.minPriceMinor !== undefined) conditions.push(`p.price_minor >= ${param(filter.minPriceMinor)}`)
  if (filter.maxPriceMinor !== undefined) conditions.push(`p.price_minor <= ${param(filter.maxPriceMinor)}`)
  if (filter.ids !== undefined) conditions.push(`p.product_id = any(${param(filter.ids)}::text[]::bigint[])`)
  return { from, where: conditions.join(' and ') }
}

/** One page of the matching products in `sort` order, after `after` (exclusive). */
export async function searchProducts(db: Queryable, filter: ProductFilter, sort: SqlSort, after: SqlPosition | undefined, limit: number): Promise<SqlPage> {
  const params: unknown[] = []
  const { from, where } = filtered(filter, params)
  const { key, type, keyDesc, idDesc } = sorts[sort]
  let keyset = ''
  if (after !== undefined) {
    const at = `$${params.push(after.key)}::${type}`
    const id = `$${params.push(after.id)}::text::bigint`
    keyset = ` and (${key} ${keyDesc ? '<' : '>'} ${at} or (${key} = ${at} and p.product_id ${idDesc ? '<' : '>'} ${id}))`
  }
  const rows = await db.query<ProductRow & { sort_key: string }>(
    `select ${productColumns}, (${key})::text as sort_key from ${from} where ${where}${keyset}
     order by ${key} ${keyDesc ? 'desc' : 'asc'}, p.product_id ${idDesc ? 'desc' : 'asc'} limit $${params.push(limit + 1)}`,
    params,
  )
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  return {
    products: page.map(toProduct),
    next: rows.length > limit && last ? { key: last.sort_key, id: String(last.product_id) } : undefined,
  }
}

/** The ids of the matching products, at most `max`: what sort=rating orders by the ratings service's averages. */
export async function matchingIds(db: Queryable, filter: ProductFilter, max: number): Promise<string[]> {
  const params: unknown[] = []
  const { from, where } = filtered(filter, params)
  const rows = await db.query<{ product_id: number | string }>(
    `select p.product_id from ${from} where ${where} order by p.product_id limit $${params.push(max)}`,
    params,
  )
  return rows.map((row) => String(row.product_id))
}

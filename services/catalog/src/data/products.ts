import type { Queryable } from '@bazaar/kit'
import type { AttributeValue, Product, ProductFields } from '../domain/product.ts'

export type ProductRow = {
  product_id: number | string
  name: string
  description: string
  price_minor: number | string
  currency: string
  category: string
  images: string[]
  attributes: Record<string, AttributeValue>
  weight_grams: number
  created_at: Date
  updated_at: Date
}

/** Qualified with `p`, the alias every product query uses. */
export const productColumns = 'p.product_id, p.name, p.description, p.price_minor, p.currency, p.category, p.images, p.attributes, p.weight_grams, p.created_at, p.updated_at'

export function toProduct(row: ProductRow): Product {
  return {
    productId: String(row.product_id),
    name: row.name,
    description: row.description,
    priceMinor: Number(row.price_minor),
    currency: row.currency,
    category: row.category,
    images: row.images,
    attributes: row.attributes,
    weightGrams: row.weight_grams,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  }
}

/** The columns an admin sets, with the category already resolved to its slug. */
export type ProductValues = ProductFields

// jsonb values travel as text and are cast in SQL: both drivers then send them the same way.
function valueParams(values: ProductValues): unknown[] {
  return [values.name, values.description, values.priceMinor, values.currency, values.category, JSON.stringify(values.images), JSON.stringify(values.attributes), values.weightGrams]
}

export async function insertProduct(db: Queryable, values: ProductValues): Promise<Product> {
  const rows = await db.query<ProductRow>(
    `insert into products as p (name, description, price_minor, currency, category, images, attributes, weight_grams)
     values ($1, $2, $3, $4, $5, $6::text::jsonb, $7::text::jsonb, $8) returning ${productColumns}`,
    valueParams(values),
  )
  return toProduct(rows[0] as ProductRow)
}

/** A product nobody deleted, or undefined. */
export async function findProduct(db: Queryable, productId: string): Promise<Product | undefined> {
  const rows = await db.query<ProductRow>(`select ${productColumns} from products p where p.product_id = $1::text::bigint and p.deleted_at is null`, [productId])
  return rows[0] && toProduct(rows[0])
}

/** The products of `ids` nobody deleted, in no particular order. */
export async function findProducts(db: Queryable, ids: readonly string[]): Promise<Product[]> {
  if (ids.length === 0) return []
  const rows = await db.query<ProductRow>(
    `select ${productColumns} from products p where p.product_id = any($1::text[]::bigint[]) and p.deleted_at is null`,
    [ids],
  )
  return rows.map(toProduct)
}

/** Reads the product and locks its row until the transaction ends, so concurrent edits apply in turn. */
export async function lockProduct(tx: Queryable, productId: string): Promise<Product | undefined> {
  const rows = await tx.query<ProductRow>(
    `select ${productColumns} from products p where p.product_id = $1::text::bigint and p.deleted_at is null for update`,
    [productId],
  )
  return rows[0] && toProduct(rows[0])
}

export async function updateProduct(tx: Queryable, productId: string, values: ProductValues): Promise<Product> {
  const rows = await tx.query<ProductRow>(
    `update products as p set name = $1, description = $2, price_minor = $3, currency = $4, category = $5,
       images = $6::text::jsonb, attributes = $7::text::jsonb, weight_grams = $8, updated_at = now()
     where p.product_id = $9::text::bigint returning ${productColumns}`,
    [...valueParams(values), productId],
  )
  return toProduct(rows[0] as ProductRow)
}

/** Marks the product deleted; answers it as it was, or undefined when there was none to delete. */
export async function softDeleteProduct(tx: Queryable, productId: string): Promise<Product | undefined> {
  const rows = await tx.query<ProductRow>(
    `update products as p set deleted_at = now(), updated_at = now()
     where p.product_id = $1::text::bigint and p.deleted_at is null returning ${productColumns}`,
    [productId],
  )
  return rows[0] && toProduct(rows[0])
}

/** Whether any product was ever created, deleted ones included. */
export async function hasProducts(db: Queryable): Promise<boolean> {
  const rows = await db.query('select 1 from products limit 1')
  return rows.length > 0
}

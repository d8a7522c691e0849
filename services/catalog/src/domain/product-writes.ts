import { AppError, type Outbox, type Queryable } from '@bazaar/kit'
import { ensureCategory } from '../data/categories.ts'
import { insertProduct, lockProduct, softDeleteProduct, updateProduct, type ProductValues } from '../data/products.ts'
import type { CatalogCache } from './catalog-cache.ts'
import { categoryOf } from './category.ts'
import { productCreated } from './events/product-created.ts'
import { productUpdated } from './events/product-updated.ts'
import { defaultCurrency, isProductId, uncategorized, type Product, type ProductFields } from './product.ts'

export interface WriteDeps {
  /** A transaction whose outbox events are published right after the commit. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>
  outbox: Outbox
  cache: CatalogCache
  defaultWeightGrams: number
}

export type NewProduct = Pick<ProductFields, 'name' | 'priceMinor'> & Partial<ProductFields>

const notFound = () => new AppError('NOT_FOUND', 'Product not found')

/** The fields a caller gave: an undefined one keeps the default or the current value. */
function given(fields: Partial<ProductFields>): Partial<ProductFields> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined))
}

/** The columns to write, with the category created when it is new. */
async function valuesOf(tx: Queryable, fields: ProductFields): Promise<ProductValues> {
  const category = categoryOf(fields.category)
  await ensureCategory(tx, category)
  return { ...fields, name: fields.name.trim(), currency: fields.currency.toUpperCase(), category: category.slug }
}

/** Inserts the product and its ProductCreated event in the caller's transaction. */
export async function insertWithEvent(tx: Queryable, outbox: Outbox, fields: ProductFields, stock: number): Promise<Product> {
  const product = await insertProduct(tx, await valuesOf(tx, fields))
  await outbox.add(tx, productCreated(product, stock))
  return product
}

/** Creates a product; inventory starts it with `stock` units when it sees the ProductCreated event. */
export async function addProduct(deps: WriteDeps, input: NewProduct, stock: number): Promise<Product> {
  const fields: ProductFields = {
    description: '',
    currency: defaultCurrency,
    category: uncategorized,
    images: [],
    attributes: {},
    weightGrams: deps.defaultWeightGrams,
    ...given(input),
    name: input.name,
    priceMinor: input.priceMinor,
  }
  const product = await deps.transaction((tx) => insertWithEvent(tx, deps.outbox, fields, stock))
  // Besides the event's invalidation, so the admin sees the change at once.
  await deps.cache.invalidate(product.productId)
  return product
}

/** Changes the given fields; the others keep their values. */
export async function changeProduct(deps: WriteDeps, productId: string, change: Partial<ProductFields>): Promise<Product> {
  if (!isProductId(productId)) throw notFound()
  const product = await deps.transaction(async (tx) => {
    const current = await lockProduct(tx, productId)
    if (!current) throw notFound()
    const { productId: _, createdAt: __, updatedAt: ___, ...fields } = current
    const updated = await updateProduct(tx, productId, await valuesOf(tx, { ...fields, ...given(change) }))
    await deps.outbox.add(tx, productUpdated(updated, false))
    return updated
  })
  await deps.cache.invalidate(productId)
  return product
}

/** Deletes the product (softly: orders keep naming it); its ProductUpdated event says `deleted`. */
export async function removeProduct(deps: WriteDeps, productId: string): Promise<void> {
  if (!isProductId(productId)) throw notFound()
  await deps.transaction(async (tx) => {
    const removed = await softDeleteProduct(tx, productId)
    if (!removed) throw notFound()
    await deps.outbox.add(tx, productUpdated(removed, true))
  })
  await deps.cache.invalidate(productId)
}

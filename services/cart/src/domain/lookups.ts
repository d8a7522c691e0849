import type { Product } from './cart.ts'

/** Products by id; ids the catalog does not know are absent. Throws AppError when it cannot answer. */
export interface Catalog {
  products(ids: readonly string[]): Promise<Map<string, Product>>
}

/** Units of a product inventory can sell now (0 for a product it has no stock of). Throws AppError when it cannot answer. */
export interface Inventory {
  available(productId: string): Promise<number>
}

import type { Product } from './cart.ts'

/** Products by id; ids the catalog does not know are absent. Throws AppError when it cannot answer. */
export interface Catalog {
  products(ids: readonly string[]): Promise<Map<string, Product>>
}

/** Units of each product inventory can sell now (0 for one it has no stock of). Throws AppError when it cannot answer. */
export interface Inventory {
  available(productIds: readonly string[]): Promise<Map<string, number>>
}

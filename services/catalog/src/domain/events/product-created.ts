import { ProductCreated } from '@bazaar/contracts'
import { newEvent } from '@bazaar/kit'
import type { Product } from '../product.ts'

/** `initial_stock` is what inventory starts the product with (seed 001's `stock`). */
export function productCreated(product: Product, initialStock: number) {
  return newEvent(ProductCreated, product.productId, {
    product_id: product.productId,
    name: product.name,
    category: product.category,
    price: product.priceMinor,
    currency: product.currency,
    initial_stock: initialStock,
  })
}

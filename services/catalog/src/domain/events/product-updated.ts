import { ProductUpdated } from '@bazaar/contracts'
import { newEvent } from '@bazaar/kit'
import type { Product } from '../product.ts'

/** The product as it is now; `deleted` when it was removed. */
export function productUpdated(product: Product, deleted: boolean) {
  return newEvent(ProductUpdated, product.productId, {
    product_id: product.productId,
    name: product.name,
    category: product.category,
    price: product.priceMinor,
    currency: product.currency,
    deleted,
  })
}

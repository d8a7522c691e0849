import type { NewEvent } from '@bazaar/kit'
import type { ProductCreatedV1, ProductUpdatedV1 } from '@bazaar/contracts'
import type { Product } from '../domain/product.ts'

/** `initial_stock` is what inventory starts the product with (seed 001's `stock`). */
export function productCreated(product: Product, initialStock: number): NewEvent<ProductCreatedV1> {
  return {
    type: 'product.created',
    subject: product.productId,
    data: {
      product_id: product.productId,
      name: product.name,
      category: product.category,
      price: product.priceMinor,
      currency: product.currency,
      initial_stock: initialStock,
    },
  }
}

export function productUpdated(product: Product, deleted: boolean): NewEvent<ProductUpdatedV1> {
  return {
    type: 'product.updated',
    subject: product.productId,
    data: {
      product_id: product.productId,
      name: product.name,
      category: product.category,
      price: product.priceMinor,
      currency: product.currency,
      deleted,
    },
  }
}

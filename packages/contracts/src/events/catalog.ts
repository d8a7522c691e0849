import { Type, type Static } from 'typebox'
import { Currency, Id, Minor } from './common.ts'

/** `product.created` v1. `initial_stock` is what inventory starts the product with (seed 001's `stock`). */
export const ProductCreatedV1 = Type.Object({
  product_id: Id,
  name: Type.String(),
  category: Type.String(),
  price: Minor,
  currency: Currency,
  initial_stock: Type.Integer({ minimum: 0 }),
})
export type ProductCreatedV1 = Static<typeof ProductCreatedV1>

/** `product.updated` v1: the product as it is now; `deleted` when it was removed. */
export const ProductUpdatedV1 = Type.Object({
  product_id: Id,
  name: Type.String(),
  category: Type.String(),
  price: Minor,
  currency: Currency,
  deleted: Type.Boolean(),
})
export type ProductUpdatedV1 = Static<typeof ProductUpdatedV1>

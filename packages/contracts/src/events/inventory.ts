import { Type, type Static } from 'typebox'
import { Id } from './common.ts'

/** `inventory.updated` v1: what can be sold now (`quantity`) and what is held for orders (`reserved`). */
export const InventoryUpdatedV1 = Type.Object({
  product_id: Id,
  quantity: Type.Integer({ minimum: 0 }),
  reserved: Type.Integer({ minimum: 0 }),
})
export type InventoryUpdatedV1 = Static<typeof InventoryUpdatedV1>

/** `inventory.low` v1: sellable quantity fell under the threshold. */
export const InventoryLowV1 = Type.Object({
  product_id: Id,
  quantity: Type.Integer({ minimum: 0 }),
  threshold: Type.Integer({ minimum: 0 }),
})
export type InventoryLowV1 = Static<typeof InventoryLowV1>

import { InventoryUpdated } from '@bazaar/contracts'
import { newEvent } from '@bazaar/kit'
import type { StockLevel } from '../stock-level.ts'

export function inventoryUpdated(level: StockLevel) {
  return newEvent(InventoryUpdated, level.productId, { product_id: level.productId, quantity: level.quantity, reserved: level.reserved })
}

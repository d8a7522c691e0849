import { InventoryLow } from '@bazaar/contracts'
import { newEvent } from '@bazaar/kit'
import type { StockLevel } from '../stock-level.ts'

export function inventoryLow(level: StockLevel, threshold: number) {
  return newEvent(InventoryLow, level.productId, { product_id: level.productId, quantity: level.quantity, threshold })
}

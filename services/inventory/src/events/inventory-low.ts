import type { NewEvent } from '@bazaar/kit'
import type { InventoryLowV1 } from '@bazaar/contracts'
import type { StockLevel } from '../domain/stock-level.ts'

export function inventoryLow(level: StockLevel, threshold: number): NewEvent<InventoryLowV1> {
  return {
    type: 'inventory.low',
    subject: level.productId,
    data: { product_id: level.productId, quantity: level.quantity, threshold },
  }
}

import type { NewEvent } from '@bazaar/kit'
import type { InventoryUpdatedV1 } from '@bazaar/contracts'
import type { StockLevel } from '../domain/stock-level.ts'

export function inventoryUpdated(level: StockLevel): NewEvent<InventoryUpdatedV1> {
  return {
    type: 'inventory.updated',
    subject: level.productId,
    data: { product_id: level.productId, quantity: level.quantity, reserved: level.reserved },
  }
}

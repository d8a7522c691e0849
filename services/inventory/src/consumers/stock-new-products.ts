import { ProductCreated } from '@bazaar/contracts'
import { defineConsumer, readEvent } from '@bazaar/kit'
import type { InventoryDeps } from '../domain/inventory.ts'
import { ensureStock } from '../domain/stock.ts'

/** A new product starts with its initial stock, unless an admin stocked it first. */
export const stockNewProducts = defineConsumer<InventoryDeps>({
  name: 'inventory.products',
  events: [ProductCreated],
  handler: (deps) => async (tx, event) => {
    const product = readEvent(ProductCreated, event)
    await ensureStock(tx, deps.announce, product.product_id, product.initial_stock)
  },
})

import { Type } from 'typebox'
import { Value } from 'typebox/value'
import { AppError, type HttpClient } from '@bazaar/kit'
import type { Inventory } from '../domain/lookups.ts'

const StockList = Type.Object({ items: Type.Array(Type.Object({ product_id: Type.String(), quantity: Type.Integer({ minimum: 0 }) })) })

/**
 * `GET /inventory?product_ids=`: one call for the whole cart (a cart holds at most as many lines
 * as inventory answers for at once). `quantity` is what can be sold now, reservations already
 * taken out; a product inventory leaves out has no stock record, so none of it can be sold.
 */
export function inventoryClient(client: () => HttpClient): Inventory {
  return {
    async available(productIds) {
      const reply = await client().get('/inventory', { query: { product_ids: productIds.join(',') } })
      if (!Value.Check(StockList, reply.body)) {
        throw new AppError('BAD_GATEWAY', 'Upstream failed', { detail: 'The inventory answered an unexpected shape.' })
      }
      const stock = new Map(reply.body.items.map((item) => [item.product_id, item.quantity]))
      return new Map(productIds.map((id) => [id, stock.get(id) ?? 0]))
    },
  }
}

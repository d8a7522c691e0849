import { Type } from 'typebox'
import { Value } from 'typebox/value'
import { AppError, isAppError, type HttpClient } from '@bazaar/kit'
import type { Inventory } from '../domain/lookups.ts'

const Stock = Type.Object({ quantity: Type.Integer({ minimum: 0 }) })

/** `GET /inventory/{product_id}`: `quantity` is what can be sold now, reservations already taken out. */
export function inventoryClient(client: () => HttpClient): Inventory {
  return {
    async available(productId) {
      try {
        const reply = await client().get(`/inventory/${encodeURIComponent(productId)}`)
        if (!Value.Check(Stock, reply.body)) {
          throw new AppError('BAD_GATEWAY', 'Upstream failed', { detail: 'The inventory answered an unexpected shape.' })
        }
        return reply.body.quantity
      } catch (error) {
        // No stock row: inventory has never had any of it, so none can be sold.
        if (isAppError(error) && error.code === 'NOT_FOUND') return 0
        throw error
      }
    },
  }
}

import { Type } from 'typebox'
import { Value } from 'typebox/value'
import { AppError, type HttpClient } from '@bazaar/kit'
import type { Inventory } from '../domain/ports.ts'

const Reservation = Type.Object({ status: Type.String() })

/** Reservations at inventory, keyed by order id: PUT holds (idempotently), DELETE releases. */
export function inventoryClient(client: () => HttpClient): Inventory {
  return {
    async reserve(orderId, lines, expiresAt) {
      const reply = await client().put(`/reservations/${encodeURIComponent(orderId)}`, {
        items: lines.map((line) => ({ product_id: line.productId, quantity: line.quantity })),
        expires_at: expiresAt.toISOString(),
      })
      if (!Value.Check(Reservation, reply.body)) {
        throw new AppError('BAD_GATEWAY', 'Upstream failed', { detail: 'Inventory answered an unexpected reservation.' })
      }
      return reply.body.status
    },
    async release(orderId) {
      await client().delete(`/reservations/${encodeURIComponent(orderId)}`)
    },
  }
}

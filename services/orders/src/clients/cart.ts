import { Type } from 'typebox'
import { Value } from 'typebox/value'
import { AppError, type HttpClient } from '@bazaar/kit'
import type { Cart } from '../domain/ports.ts'

const CartLines = Type.Object({
  items: Type.Array(Type.Object({ product_id: Type.String(), quantity: Type.Integer({ minimum: 1 }) })),
})

/** `GET /carts/{user_id}` (service only): the raw lines of the user's cart. */
export function cartClient(client: () => HttpClient): Cart {
  return {
    async lines(userId) {
      const reply = await client().get(`/carts/${encodeURIComponent(userId)}`)
      if (!Value.Check(CartLines, reply.body)) {
        throw new AppError('BAD_GATEWAY', 'Upstream failed', { detail: 'The cart answered an unexpected shape.' })
      }
      return reply.body.items.map((item) => ({ productId: item.product_id, quantity: item.quantity }))
    },
  }
}

import { Type } from 'typebox'
import { Value } from 'typebox/value'
import { AppError, fromMinor, toMinor, type HttpClient } from '@bazaar/kit'
import { shippingMethods, type ShippingMethod } from '../domain/order.ts'
import type { Shipping } from '../domain/ports.ts'

const Quote = Type.Object({
  currency: Type.Optional(Type.String()),
  options: Type.Array(Type.Object({ method: Type.String(), price: Type.Number({ minimum: 0 }) })),
})

function isMethod(method: string): method is ShippingMethod {
  return (shippingMethods as readonly string[]).includes(method)
}

/** `GET /shipping/quote?country=&weight_grams=&subtotal=`: a price per shipping method. */
export function shippingClient(client: () => HttpClient): Shipping {
  return {
    async quote(query) {
      const reply = await client().get('/shipping/quote', {
        query: { country: query.country, weight_grams: query.weightGrams, subtotal: fromMinor(query.subtotal) },
      })
      if (!Value.Check(Quote, reply.body)) {
        throw new AppError('BAD_GATEWAY', 'Upstream failed', { detail: 'Shipping answered an unexpected quote.' })
      }
      const prices: Partial<Record<ShippingMethod, number>> = {}
      for (const option of reply.body.options) if (isMethod(option.method)) prices[option.method] = toMinor(option.price)
      return { currency: reply.body.currency ?? 'USD', prices }
    },
  }
}

import { Type } from 'typebox'
import { DecimalAmount, fromMinor, toMinor, type ServiceApp } from '@bazaar/kit'
import { quote } from '../domain/quote.ts'
import { closed, QuoteView, quoteView } from './schemas.ts'

const QuoteQuery = Type.Object({
  country: Type.String({ pattern: '^[A-Za-z]{2}$', default: 'US', description: 'ISO 3166-1 alpha-2 of the destination' }),
  weight_grams: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 500, description: 'the parcel\'s weight' }),
  subtotal: Type.Optional({ ...DecimalAmount, description: 'the order\'s subtotal: standard shipping may be free' }),
}, closed)

/** `freeOver`: the subtotal (minor units) from which standard shipping is free. */
export function quoteRoutes(app: ServiceApp, freeOver: number): void {
  app.get('/shipping/quote', {
    schema: {
      summary: 'Standard and express prices for a parcel',
      description: `Standard shipping is free from a subtotal of ${fromMinor(freeOver)}.`,
      tags: ['shipping'],
      querystring: QuoteQuery,
      response: { 200: QuoteView },
    },
  }, async (request) => {
    const { country, weight_grams: weightGrams, subtotal } = request.query
    return quoteView(quote({ country, weightGrams, subtotal: subtotal === undefined ? undefined : toMinor(subtotal) }, freeOver))
  })
}

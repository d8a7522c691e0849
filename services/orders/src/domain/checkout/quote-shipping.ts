import { AppError } from '@bazaar/kit'
import type { ShippingMethod } from '../order.ts'
import type { Step } from './saga.ts'

export interface ShippingInput {
  country: string
  weightGrams: number
  subtotal: number
  currency: string
  method: ShippingMethod
}

/** Step 3: the price of the chosen shipping method. Reads only: nothing to undo. */
export const quoteShipping: Step<ShippingInput, number> = {
  name: 'quote-shipping',
  async invoke(deps, input) {
    const quote = await deps.shipping.quote({ country: input.country, weightGrams: input.weightGrams, subtotal: input.subtotal })
    const price = quote.prices[input.method]
    if (price === undefined) throw new AppError('UNPROCESSABLE', 'Shipping method unavailable', { detail: `No ${input.method} shipping to ${input.country}.` })
    if (quote.currency !== input.currency) {
      throw new AppError('UNPROCESSABLE', 'Shipping currency differs', { detail: `Shipping is quoted in ${quote.currency}, the products in ${input.currency}.` })
    }
    return price
  },
}

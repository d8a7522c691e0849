import { AppError } from '@bazaar/kit'
import type { OrderLine } from '../order.ts'
import { lineTotal, subtotalOf } from '../totals.ts'
import type { RequestedLine } from './collect-lines.ts'
import type { Step } from './saga.ts'

export interface PricedLines {
  lines: OrderLine[]
  currency: string
  /** The sum of the line totals: the shipping quote and the order's totals both start from it. */
  subtotal: number
  /** Of the whole order, for the shipping quote. */
  weightGrams: number
}

/** Step 2: today's catalog name and price of every line. Reads only: nothing to undo. */
export const priceLines: Step<RequestedLine[], PricedLines> = {
  name: 'price-lines',
  async invoke(deps, requested) {
    const found = new Map((await deps.catalog.products(requested.map((line) => line.productId))).map((product) => [product.productId, product]))
    const unknown = requested.filter((line) => !found.has(line.productId)).map((line) => line.productId)
    if (unknown.length > 0) {
      throw new AppError('UNPROCESSABLE', 'Unknown product', {
        detail: `No product ${unknown.join(', ')} in the catalog.`,
        fields: unknown.map((productId) => ({ field: 'product_id', message: `no product ${productId}` })),
        extensions: { product_ids: unknown },
      })
    }
    const currencies = new Set(requested.map((line) => found.get(line.productId)?.currency))
    if (currencies.size > 1) throw new AppError('UNPROCESSABLE', 'Mixed currencies', { detail: 'All products of one order must be sold in one currency.' })
    let weightGrams = 0
    const lines = requested.map(({ productId, quantity }) => {
      const product = found.get(productId)
      if (!product) throw new Error(`product ${productId} vanished between two lines`)
      weightGrams += product.weightGrams * quantity
      return { productId, name: product.name, quantity, unitPrice: product.price, lineTotal: lineTotal(product.price, quantity) }
    })
    return { lines, currency: [...currencies][0] ?? 'USD', subtotal: subtotalOf(lines.map((line) => line.lineTotal)), weightGrams }
  },
}

import { AppError } from '@bazaar/kit'
import type { Step } from './saga.ts'

export interface RequestedLine {
  productId: string
  quantity: number
}

export type LineSource = { items: readonly RequestedLine[] } | { fromCart: true }

export interface CollectInput {
  userId: string
  source: LineSource
}

/** Most distinct products in one order: catalog answers them in one page. */
export const maxLines = 100

/** One line per product (quantities of repeated products summed), in product id order. */
export function mergeLines(lines: readonly RequestedLine[]): RequestedLine[] {
  const totals = new Map<string, number>()
  for (const line of lines) totals.set(line.productId, (totals.get(line.productId) ?? 0) + line.quantity)
  return [...totals].map(([productId, quantity]) => ({ productId, quantity })).sort((a, b) => (a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0))
}

/** Step 1: the lines to order, from the request or from the user's cart. Reads only: nothing to undo. */
export const collectLines: Step<CollectInput, RequestedLine[]> = {
  name: 'collect-lines',
  async invoke(deps, { userId, source }) {
    const lines = mergeLines('items' in source ? source.items : await deps.cart.lines(userId))
    if (lines.length === 0) {
      throw new AppError('UNPROCESSABLE', 'Nothing to order', { detail: 'items' in source ? 'The order has no items.' : 'The cart is empty.' })
    }
    if (lines.length > maxLines) throw new AppError('UNPROCESSABLE', 'Too many products', { detail: `An order holds at most ${maxLines} distinct products.` })
    return lines
  },
}

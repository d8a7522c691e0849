import { randomUUID } from 'node:crypto'
import { AppError, checkpoint, readKey, type KeyedRequest, type StoredResponse } from '@bazaar/kit'
import { previousOutcome } from '../idempotency.ts'
import type { Order, ShippingAddress, ShippingMethod } from '../order.ts'
import type { OrdersDeps } from '../ports.ts'
import { resumeOrder } from '../recovery.ts'
import { collectLines, type LineSource } from './collect-lines.ts'
import { drivePending } from './drive-pending.ts'
import { placePending } from './place-pending.ts'
import { priceLines } from './price-lines.ts'
import { quoteShipping } from './quote-shipping.ts'
import { createSaga } from './saga.ts'

export interface CheckoutRequest {
  /** Whose order it is (the caller may be an admin or a service acting for them). */
  userId: string
  source: LineSource
  shippingAddress: ShippingAddress | null
  shippingMethod: ShippingMethod
  key: KeyedRequest | undefined
}

/**
 * What a placement came to: the order as the saga settled it, or, for a request with an
 * Idempotency-Key, the answer the key keeps (see PlacementKeys), the same for every repeat.
 */
export type Placement = { order: Order } | { answered: StoredResponse }

/** Where a quote is asked for when the order names no address. */
const defaultCountry = 'US'

/**
 * POST /orders (docs/architecture.md#31-placing-an-order), as steps: collect and price the lines, quote shipping (reads only),
 * then write the order `pending` and drive it through the reservation to `awaiting_payment`.
 * No transaction is open across an HTTP call.
 */
export async function checkout(deps: OrdersDeps, request: CheckoutRequest): Promise<Placement> {
  const { key } = request
  const resume = (orderId: string) => resumeOrder(deps, orderId)
  if (key) {
    const previous = await previousOutcome(deps, key, resume)
    if (previous) return { answered: previous }
  }
  const saga = createSaga(deps)
  const lines = await saga.run(collectLines, { userId: request.userId, source: request.source })
  const priced = await saga.run(priceLines, lines)
  const shipping = await saga.run(quoteShipping, {
    country: request.shippingAddress?.country ?? defaultCountry,
    weightGrams: priced.weightGrams,
    subtotal: priced.subtotal,
    currency: priced.currency,
    method: request.shippingMethod,
  })
  const order = await saga.run(placePending, {
    orderId: randomUUID(),
    userId: request.userId,
    priced,
    shipping,
    shippingAddress: request.shippingAddress,
    shippingMethod: request.shippingMethod,
    fromCart: 'fromCart' in request.source,
    key,
  })
  if (!order) {
    // A concurrent request with the same key placed its order first: answer what it answers.
    const previous = key && (await previousOutcome(deps, key, resume))
    if (previous) return { answered: previous }
    throw new AppError('CONFLICT', 'Request in progress', { detail: 'Retry with the same Idempotency-Key.', retryAfter: 1 })
  }
  checkpoint('orders.after_pending')
  const settled = await drivePending(deps, order, saga)
  const answered = key && (await readKey(deps.db, key))?.response
  return answered ? { answered } : { order: settled }
}

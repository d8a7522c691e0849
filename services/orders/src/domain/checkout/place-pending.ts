import { claimKey, isAppError, type KeyedRequest } from '@bazaar/kit'
import { insertHistory } from '../../data/history.ts'
import { insertItems } from '../../data/order-items.ts'
import { findOrder, insertOrder, orderIn } from '../../data/orders.ts'
import { countMove } from '../counted-moves.ts'
import type { Order, Rejection, ShippingAddress, ShippingMethod, ShortLine } from '../order.ts'
import type { OrdersDeps } from '../ports.ts'
import { totalsOf } from '../totals.ts'
import { transition } from '../transitions.ts'
import type { PricedLines } from './price-lines.ts'
import type { Step } from './saga.ts'

export interface PlaceInput {
  orderId: string
  userId: string
  priced: PricedLines
  shipping: number
  shippingAddress: ShippingAddress | null
  shippingMethod: ShippingMethod
  fromCart: boolean
  key: KeyedRequest | undefined
}

/**
 * Step 4: the order is written `pending`, priced, with its expires_at, BEFORE inventory is
 * called, so a crash from here on leaves a record recovery finds. The Idempotency-Key is claimed
 * in the same transaction: undefined means a concurrent request with the key won, and nothing
 * was written. The lease (drive_after) keeps recovery off while this request drives the order.
 * Compensation: the order is rejected (it never held stock) and its key answers the rejection.
 */
export const placePending: Step<PlaceInput, Order | undefined> = {
  name: 'place-pending',
  async invoke(deps, input) {
    const totals = totalsOf(input.priced.subtotal, input.shipping, deps.settings.taxRatePercent)
    return deps.transaction(async (tx) => {
      if (input.key && !(await claimKey(tx, input.key, { requestId: input.orderId, ttlMs: deps.settings.idempotencyKeyTtlMs }))) {
        return undefined
      }
      await insertOrder(tx, {
        orderId: input.orderId,
        userId: input.userId,
        items: input.priced.lines,
        ...totals,
        currency: input.priced.currency,
        shippingAddress: input.shippingAddress,
        shippingMethod: input.shippingMethod,
        fromCart: input.fromCart,
        ttlMs: deps.settings.reservationTtlMs,
        leaseMs: deps.settings.pendingLeaseMs,
      })
      await insertItems(tx, input.orderId, input.priced.lines)
      await insertHistory(tx, input.orderId, 'pending', null)
      return findOrder(tx, input.orderId)
    })
  },
  async compensate(deps, order, cause) {
    if (!order) return
    await rejectPending(deps, order.orderId, rejectionOf(cause))
  },
}

/** Moves a still-pending order to `rejected` and answers its key; a no-op for any other status. */
export async function rejectPending(deps: OrdersDeps, orderId: string, rejection: Rejection): Promise<void> {
  await deps.transaction(async (tx) => {
    const result = await transition(tx, orderId, 'rejected', { from: ['pending'], rejection, note: rejection.title })
    if (!result.moved) return
    const order = await orderIn(tx, orderId)
    countMove(tx, deps, result.from, order)
    await deps.keys.settle(tx, order)
  })
}

function rejectionOf(cause: unknown): Rejection {
  if (!isAppError(cause)) return { code: 'CONFLICT', title: 'The order could not be placed', detail: null, lines: [] }
  const lines = cause.extensions?.lines
  return {
    code: cause.code,
    title: cause.message,
    detail: cause.detail ?? null,
    lines: Array.isArray(lines) ? lines.filter(isShortLine) : [],
  }
}

function isShortLine(value: unknown): value is ShortLine {
  const line = value as Partial<ShortLine> | null
  return typeof line?.product_id === 'string' && typeof line.requested === 'number' && typeof line.available === 'number'
}

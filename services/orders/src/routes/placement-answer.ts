import { AppError, errorCodes, storeResponse, toProblem, type ErrorCode, type StoredResponse } from '@bazaar/kit'
import type { Placement } from '../domain/checkout/checkout.ts'
import type { Order } from '../domain/order.ts'
import type { PlacementKeys } from '../domain/ports.ts'
import { orderView } from './schemas.ts'

const path = '/orders'

function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(errorCodes, code)
}

function problem(error: AppError): StoredResponse {
  return { status: error.status, contentType: 'application/problem+json', body: JSON.stringify(toProblem(error, path)) }
}

/**
 * What POST /orders answers for an order once it is settled, as bytes: kept with the order's
 * Idempotency-Key and replayed to every repeat.
 * - awaiting payment (or further): 201 and the order;
 * - rejected: the problem inventory answered (409 OUT_OF_STOCK with the short lines), naming the order;
 * - cancelled while being placed (by its owner, or its TTL passed while inventory was out of reach): 409.
 */
function settledAnswer(order: Order): StoredResponse {
  const named = { order_id: order.orderId, order_status: order.status }
  switch (order.status) {
    case 'pending':
      throw new Error(`order ${order.orderId} is not settled yet`)
    case 'rejected': {
      const rejection = order.rejection
      const code = rejection && isErrorCode(rejection.code) && errorCodes[rejection.code] < 500 ? rejection.code : 'CONFLICT'
      return problem(new AppError(code, rejection?.title ?? 'The order was rejected', {
        ...(rejection?.detail ? { detail: rejection.detail } : {}),
        extensions: { ...(rejection && rejection.lines.length > 0 ? { lines: rejection.lines } : {}), ...named },
      }))
    }
    case 'cancelled':
      return problem(new AppError('CONFLICT', 'The order was cancelled before it was placed', {
        detail: order.cancelReason === 'expired' ? 'Its stock could not be reserved in time.' : 'It was cancelled while being placed.',
        extensions: named,
      }))
    default:
      return { status: 201, contentType: 'application/json', body: JSON.stringify(orderView(order)) }
  }
}

/** What POST /orders answers: what the key keeps, as it is, or what the settled order makes. */
export function answerOf(placement: Placement): StoredResponse {
  return 'answered' in placement ? placement.answered : settledAnswer(placement.order)
}

/** The keys of placements keep the answer a settled order makes. */
export const placementKeys: PlacementKeys = {
  settle: (tx, order) => storeResponse(tx, order.orderId, settledAnswer(order)),
}

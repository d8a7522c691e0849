import { randomBytes, randomUUID } from 'node:crypto'
import { AppError, ensureOwner, fingerprintOf, fromMinor, type Db, type Principal } from '@bazaar/kit'
import { findActiveForOrder, findByRequestKey, insertProcessing } from '../data/payments.ts'
import type { Card } from './card.ts'
import type { OrderLookup } from './orders.ts'
import { answerOf, recordOutcome, type OutcomeDeps } from './outcome.ts'
import type { Payment } from './payment.ts'

export interface PayDeps extends OutcomeDeps {
  db: Db
  orders: OrderLookup
}

export interface PaymentRequest {
  orderId: string
  /** Minor units; must equal the order's total. */
  amount: number
  card: Card
  /** Names the Idempotency-Key's request (the same across retries after a crash); null without a key. */
  requestKey: string | null
}

/**
 * Charges the order's total to the card (docs/architecture.md#32-paying-and-what-follows). Crash-safe: the payment is committed
 * as processing before the provider is asked (idempotent by payment id), and its outcome and
 * event commit together after; recovery settles what a crash left processing.
 * Answers the succeeded payment; a refused card throws the 402 with its code.
 */
export async function pay(deps: PayDeps, caller: Principal, request: PaymentRequest): Promise<Payment> {
  if (request.requestKey !== null) {
    // A retry of a request whose runner died after creating its payment: that payment's charge,
    // asked again of the provider, which answers what it did, or charges now if it never heard of it.
    const earlier = await findByRequestKey(deps.db, request.requestKey)
    if (earlier) return answerOf(await chargedAgain(deps, earlier, request.card))
  }
  const order = await deps.orders(request.orderId)
  ensureOwner(caller, order.userId)
  if (order.status !== 'awaiting_payment') {
    throw new AppError('INVALID_TRANSITION', 'The order is not awaiting payment', { detail: `The order is ${order.status}.` })
  }
  if (order.total !== request.amount) {
    throw new AppError('AMOUNT_MISMATCH', 'The amount is not the order total', {
      detail: `The order total is ${fromMinor(order.total).toFixed(2)} ${order.currency}.`,
      fields: [{ field: 'body.amount', message: 'must equal the order total' }],
    })
  }
  const payment = await insertProcessing(deps.db, {
    paymentId: randomUUID(),
    orderId: order.orderId,
    userId: order.userId,
    amount: order.total,
    currency: order.currency,
    token: `tok_${randomBytes(12).toString('hex')}`,
    brand: request.card.brand,
    last4: request.card.last4,
    requestKey: request.requestKey,
  })
  if (!payment) throw await orderTaken(deps.db, order.orderId)
  const outcome = await deps.provider.charge({ payment_id: payment.paymentId, amount: payment.amount, card: request.card })
  return answerOf(await recordOutcome(deps, payment, outcome))
}

async function chargedAgain(deps: PayDeps, payment: Payment, card: Card): Promise<Payment> {
  if (payment.status !== 'processing') return payment
  return recordOutcome(deps, payment, await deps.provider.charge({ payment_id: payment.paymentId, amount: payment.amount, card }))
}

/**
 * What makes two requests under one Idempotency-Key the same request. The card is known by its
 * brand and last4 only: no hash of a card number is kept anywhere.
 */
export function paymentFingerprint(request: Omit<PaymentRequest, 'requestKey'>, expiry: string | undefined): string {
  return fingerprintOf('POST', '/payment', { order_id: request.orderId, amount: request.amount, brand: request.card.brand, last4: request.card.last4, expiry: expiry ?? null })
}

/** Why the order already has a payment: paid (final), or one in progress (try again shortly). */
async function orderTaken(db: Db, orderId: string): Promise<AppError> {
  const active = await findActiveForOrder(db, orderId)
  if (active && active.status !== 'processing') {
    return new AppError('INVALID_TRANSITION', 'The order is already paid', { detail: `Payment ${active.paymentId} paid it.` })
  }
  return new AppError('CONFLICT', 'A payment of this order is in progress', { detail: 'Try again in a moment.', retryAfter: 1 })
}

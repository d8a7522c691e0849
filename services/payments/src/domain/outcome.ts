import { AppError, type Logger, type Outbox, type Queryable } from '@bazaar/kit'
import { findPayment, finishProcessing } from '../data/payments.ts'
import { paymentFailed, paymentSucceeded } from './events/payment-events.ts'
import type { PaymentsMetrics } from '../metrics.ts'
import type { Payment } from './payment.ts'
import { attemptOutcomeOf, declines, isDeclineCode, type ChargeOutcome } from './provider/outcomes.ts'
import type { Provider } from './provider/provider.ts'

export interface OutcomeDeps {
  /** A transaction whose outbox events are published right after its commit. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>
  /** Runs `task` once `tx` committed, never if it rolls back: what counts a fact on /metrics. */
  afterCommit(tx: Queryable, task: () => void): void
  outbox: Pick<Outbox, 'add'>
  provider: Provider
  metrics: Pick<PaymentsMetrics, 'attempted'>
  log?: Logger | undefined
}

/**
 * Records the provider's outcome and announces it, in one transaction, and counts it once that
 * committed. When the payment was not processing any more (recovery settled it meanwhile), the
 * stored state stands and nothing is announced or counted twice.
 */
export async function recordOutcome(deps: OutcomeDeps, payment: Payment, outcome: ChargeOutcome): Promise<Payment> {
  return deps.transaction(async (tx) => {
    const failureCode = outcome.status === 'failed' ? outcome.code : null
    const finished = await finishProcessing(tx, payment.paymentId, outcome.status, failureCode)
    if (!finished) return (await findPayment(tx, payment.paymentId)) ?? payment
    if (outcome.status === 'succeeded') await deps.outbox.add(tx, paymentSucceeded(finished))
    else await deps.outbox.add(tx, paymentFailed(finished, outcome.code, outcome.reason))
    deps.afterCommit(tx, () => deps.metrics.attempted.inc({ outcome: attemptOutcomeOf(outcome) }))
    deps.log?.info({ payment_id: finished.paymentId, order_id: finished.orderId, status: finished.status, code: failureCode }, 'payment finished')
    return finished
  })
}

/** A payment brought to a final state: a processing one takes what the provider recorded (or is voided). */
export async function settled(deps: OutcomeDeps, payment: Payment): Promise<Payment> {
  if (payment.status !== 'processing') return payment
  return recordOutcome(deps, payment, await deps.provider.settle(payment.paymentId, payment.amount))
}

/** What the caller is told: the payment when it took the money, else the 402 with its code. */
export function answerOf(payment: Payment): Payment {
  if (payment.status !== 'failed') return payment
  const code = isDeclineCode(payment.failureCode) ? payment.failureCode : 'PAYMENT_PROCESSING_ERROR'
  throw new AppError(code, declines[code].title, { detail: declines[code].reason, extensions: { payment_id: payment.paymentId } })
}

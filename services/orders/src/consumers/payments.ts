import { Type } from 'typebox'
import { readEvent, type EventEnvelope, type Queryable } from '@bazaar/kit'
import { applyPaymentFailed, applyPaymentSucceeded } from '../domain/payments.ts'
import type { OrdersDeps } from '../domain/ports.ts'

// Only the fields orders reads; the payment events carry more.
const Succeeded = Type.Object({ order_id: Type.String({ minLength: 1 }), payment_id: Type.String({ minLength: 1 }) })
const Failed = Type.Object({ order_id: Type.String({ minLength: 1 }), code: Type.Optional(Type.String()) })

/**
 * payment.succeeded and payment.failed, in the consumer's inbox transaction; `onPaid` learns
 * which events paid an order. A payload without the fields needed is a producer's bug: it ends
 * in the dead letters after its attempts.
 */
export async function handlePaymentEvent(tx: Queryable, deps: OrdersDeps, event: EventEnvelope, onPaid: (eventId: string) => void): Promise<void> {
  if (event.type === 'payment.succeeded') {
    const data = readEvent(Succeeded, event)
    if ((await applyPaymentSucceeded(tx, deps, data.order_id, data.payment_id)) === 'paid') onPaid(event.id)
    return
  }
  const data = readEvent(Failed, event)
  await applyPaymentFailed(tx, data.order_id, data.code ?? 'unknown')
}

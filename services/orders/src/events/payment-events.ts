import { Type } from 'typebox'
import { Value } from 'typebox/value'
import type { EventEnvelope, Queryable } from '@bazaar/kit'
import { applyPaymentFailed, applyPaymentSucceeded } from '../domain/payments.ts'
import type { OrdersDeps } from '../domain/ports.ts'

// Only the fields orders reads; the payment events carry more.
const Succeeded = Type.Object({ order_id: Type.String({ minLength: 1 }), payment_id: Type.String({ minLength: 1 }) })
const Failed = Type.Object({ order_id: Type.String({ minLength: 1 }), code: Type.Optional(Type.String()) })

/** A payload without the fields needed is a producer's bug: it fails, and lands in the dead letters after its attempts. */
function malformed(event: EventEnvelope): Error {
  return new Error(`${event.type} ${event.id} lacks the fields orders needs`)
}

/** payment.succeeded and payment.failed, in the consumer's inbox transaction; `onPaid` learns which events paid an order. */
export async function handlePaymentEvent(tx: Queryable, deps: OrdersDeps, event: EventEnvelope, onPaid: (eventId: string) => void): Promise<void> {
  if (event.type === 'payment.succeeded') {
    if (!Value.Check(Succeeded, event.data)) throw malformed(event)
    if ((await applyPaymentSucceeded(tx, deps, event.data.order_id, event.data.payment_id)) === 'paid') onPaid(event.id)
    return
  }
  if (!Value.Check(Failed, event.data)) throw malformed(event)
  await applyPaymentFailed(tx, event.data.order_id, event.data.code ?? 'unknown')
}

import { Type } from 'typebox'
import { authenticate, callerOf, idempotent, idOf, isAppError, requireRole, sendStored, toMinor, toProblem, type ServiceApp, type StoredResponse, type TokenVerifier } from '@bazaar/kit'
import type { PaymentsDeps } from '../deps.ts'
import { readCard } from '../domain/card.ts'
import { isFinal } from '../domain/idempotency.ts'
import { pay, paymentFingerprint, type PaymentRequest } from '../domain/pay.ts'
import type { Payment } from '../domain/payment.ts'
import { readPayment } from '../domain/reading.ts'
import { bearer, closed, Id, PaymentBody, PaymentHeaders, PaymentView, paymentView } from './schemas.ts'

const PaymentParams = Type.Object({ payment_id: Id }, closed)

/** A keyed request's answer as sent: a payment (201) or a final problem; anything else throws. */
async function replyOf(work: Promise<Payment>, instance: string): Promise<StoredResponse> {
  try {
    return { status: 201, body: JSON.stringify(paymentView(await work)) }
  } catch (error) {
    if (isAppError(error) && isFinal(error)) return { status: error.status, body: JSON.stringify(toProblem(error, instance)) }
    throw error
  }
}

export function paymentRoutes(app: ServiceApp, deps: PaymentsDeps, verifier: TokenVerifier): void {
  const signedIn = [authenticate(verifier), requireRole('customer', 'admin', 'service')]

  app.post('/payment', {
    onRequest: signedIn,
    schema: {
      summary: 'Pay an order by card',
      description: 'The order must await payment and the amount equal its total. A refused card answers 402 with its code '
        + '(PAYMENT_DECLINED, INSUFFICIENT_FUNDS, PAYMENT_PROCESSING_ERROR). Honours Idempotency-Key.',
      tags: ['payments'],
      security: bearer,
      headers: PaymentHeaders,
      body: PaymentBody,
      response: { 201: PaymentView },
    },
  }, async (request, reply) => {
    const caller = callerOf(request)
    const body = request.body
    const card = readCard({ number: body.credit_card_number, expiry: body.expiry, cvv: body.cvv })
    const payment: Omit<PaymentRequest, 'requestKey'> = { orderId: idOf(body.order_id), amount: toMinor(body.amount), card }
    const key = request.headers['idempotency-key']
    if (key === undefined) {
      return reply.code(201).send(paymentView(await pay(deps, caller, { ...payment, requestKey: null })))
    }
    const fingerprint = paymentFingerprint(payment, body.expiry)
    const answer = await idempotent(deps.keys, { caller: caller.subject, key, fingerprint }, (requestId) =>
      replyOf(pay(deps, caller, { ...payment, requestKey: requestId }), request.url))
    return sendStored(reply, answer)
  })

  app.get('/payment/:payment_id', {
    onRequest: signedIn,
    schema: { summary: 'A payment (its order\'s owner, an admin or a service)', tags: ['payments'], security: bearer, params: PaymentParams, response: { 200: PaymentView } },
  }, async (request) => paymentView(await readPayment(deps.db, callerOf(request), request.params.payment_id)))
}

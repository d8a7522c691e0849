import { Type } from 'typebox'
import { fingerprintOf, sendStored, type ServiceApp, type TokenVerifier } from '@bazaar/kit'
import { orderingUser } from '../domain/actor.ts'
import { checkout } from '../domain/checkout/checkout.ts'
import type { OrdersDeps } from '../domain/ports.ts'
import { actorOf, signedIn } from './caller.ts'
import { orderRequest, PlaceOrderBody } from './order-request.ts'
import { answerOf } from './placement-answer.ts'
import { bearer, OrderView, Problem } from './schemas.ts'

const KeyHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({
    minLength: 1,
    maxLength: 255,
    pattern: '^[\\x21-\\x7E]+$',
    description: 'the same key and body answer the same response, however often and concurrently sent; another body with it is 409',
  })),
})

export function placeOrderRoutes(app: ServiceApp, deps: OrdersDeps, verifier: TokenVerifier): void {
  app.post('/orders', {
    onRequest: signedIn(verifier),
    schema: {
      summary: 'Place an order',
      description: 'Prices the lines at the catalog, quotes shipping, reserves stock and answers the order awaiting payment; '
        + '409 OUT_OF_STOCK (with the short lines) when stock is short, and the order is then rejected. '
        + 'A customer orders for themself; an admin or a service for any user_id.',
      tags: ['orders'],
      security: bearer,
      headers: KeyHeaders,
      body: PlaceOrderBody,
      // Unsafe<string>: the reply is the stored JSON text of these shapes, sent as is.
      response: { 201: Type.Unsafe<string>(OrderView), '4xx': Type.Unsafe<string>(Problem) },
    },
  }, async (request, reply) => {
    const actor = actorOf(request)
    const parsed = orderRequest(request.body)
    const key = request.headers['idempotency-key']
    const placement = await checkout(deps, {
      userId: orderingUser(actor, parsed.userId),
      source: parsed.source,
      shippingAddress: parsed.shippingAddress,
      shippingMethod: parsed.shippingMethod,
      key: key === undefined ? undefined : { caller: actor.subject, key, fingerprint: fingerprintOf('POST', '/orders', request.body) },
    })
    return sendStored(reply, answerOf(placement))
  })
}

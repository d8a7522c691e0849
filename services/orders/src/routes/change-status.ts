import { Type } from 'typebox'
import type { ServiceApp, TokenVerifier } from '@bazaar/kit'
import { readOrder } from '../domain/reading.ts'
import type { OrdersDeps } from '../domain/ports.ts'
import { cancelByRequest, changeStatus } from '../domain/status-changes.ts'
import { actorOf, adminOrService, signedIn } from './caller.ts'
import { OrderParams } from './read-orders.ts'
import { bearer, closed, OrderView, orderView, Status } from './schemas.ts'

const StatusBody = Type.Object({ status: Status }, closed)

export function changeStatusRoutes(app: ServiceApp, deps: OrdersDeps, verifier: TokenVerifier): void {
  app.post('/orders/:order_id/status', {
    onRequest: adminOrService(verifier),
    schema: {
      summary: 'Move an order to another status (admin or service)',
      description: 'Only allowed transitions: pending -> awaiting_payment | rejected | cancelled; awaiting_payment -> paid | cancelled; '
        + 'paid -> shipped | cancelled; shipped -> delivered. Anything else is 409 INVALID_TRANSITION.',
      tags: ['orders'],
      security: bearer,
      params: OrderParams,
      body: StatusBody,
      response: { 200: OrderView },
    },
  }, async (request) => orderView(await changeStatus(deps, request.params.order_id, request.body.status)))

  app.post('/orders/:order_id/cancel', {
    onRequest: signedIn(verifier),
    schema: {
      summary: 'Cancel an order before it ships (its owner or an admin)',
      description: 'Held stock is released; a paid order is refunded (order.cancelled carries its payment_id).',
      tags: ['orders'],
      security: bearer,
      params: OrderParams,
      response: { 200: OrderView },
    },
  }, async (request) => {
    const actor = actorOf(request)
    const order = await readOrder(deps.db, actor, request.params.order_id)
    return orderView(await cancelByRequest(deps, order.orderId, actor.subject === order.userId))
  })
}

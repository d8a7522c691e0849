import { Type } from 'typebox'
import { authenticate, IdInput, idOf, requireRole, type ServiceApp, type TokenVerifier } from '@bazaar/kit'
import type { InventoryDeps } from '../domain/inventory.ts'
import { reserve } from '../domain/reserve.ts'
import { releaseReservation } from '../domain/settle.ts'
import { bearer, closed, PathId, ReservationView, reservationView } from './schemas.ts'

const OrderParams = Type.Object({ order_id: PathId }, closed)

const ReserveBody = Type.Object({
  items: Type.Array(Type.Object({
    product_id: IdInput,
    quantity: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
  }, closed), { minItems: 1, maxItems: 100 }),
  expires_at: Type.String({ format: 'date-time', description: 'when the orders saga gives up on payment' }),
}, closed)

export function reservationRoutes(app: ServiceApp, deps: InventoryDeps, verifier: TokenVerifier): void {
  const service = [authenticate(verifier), requireRole('service')]

  app.put('/reservations/:order_id', {
    onRequest: service,
    schema: {
      summary: 'Hold stock for an order (service)',
      description: 'All or nothing; idempotent by order id (a repeat with the same items answers the reservation as it is). '
        + 'When a line is short: 409 OUT_OF_STOCK with `lines: [{ product_id, requested, available }]` and nothing held.',
      tags: ['reservations'],
      security: bearer,
      params: OrderParams,
      body: ReserveBody,
      response: { 200: ReservationView },
    },
  }, async (request) => {
    const lines = request.body.items.map((item) => ({ productId: idOf(item.product_id), quantity: item.quantity }))
    const reservation = await reserve(deps, request.params.order_id, { lines, expiresAt: new Date(request.body.expires_at) })
    return reservationView(reservation)
  })

  app.delete('/reservations/:order_id', {
    onRequest: service,
    schema: {
      summary: 'Release an order\'s held stock (service)',
      description: 'Idempotent: 204 also when the reservation is already released, committed (paid goods stay out) or unknown.',
      tags: ['reservations'],
      security: bearer,
      params: OrderParams,
      response: { 204: Type.Null() },
    },
  }, async (request, reply) => {
    await releaseReservation(deps, request.params.order_id)
    return reply.code(204).send(null)
  })
}

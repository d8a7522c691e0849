import { Type } from 'typebox'
import type { ServiceApp, TokenVerifier } from '@bazaar/kit'
import type { OrdersDeps } from '../domain/ports.ts'
import { listFor, readOrder } from '../domain/reading.ts'
import { actorOf, signedIn } from './caller.ts'
import { bearer, closed, Id, OrderPage, OrderView, orderView, Status } from './schemas.ts'

export const OrderParams = Type.Object({ order_id: Id }, closed)

const ListQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  cursor: Type.Optional(Type.String({ pattern: '^[0-9]{1,15}$', description: 'next_cursor of the previous page' })),
  status: Type.Optional(Status),
  user_id: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'admin or service only; a customer always sees their own' })),
}, closed)

export function readOrderRoutes(app: ServiceApp, deps: OrdersDeps, verifier: TokenVerifier): void {
  app.get('/orders/:order_id', {
    onRequest: signedIn(verifier),
    schema: { summary: 'An order (its owner, an admin or a service; others 404)', tags: ['orders'], security: bearer, params: OrderParams, response: { 200: OrderView } },
  }, async (request) => orderView(await readOrder(deps.db, actorOf(request), request.params.order_id)))

  app.get('/orders', {
    onRequest: signedIn(verifier),
    schema: { summary: 'Orders, newest first (the caller\'s; every order for an admin)', tags: ['orders'], security: bearer, querystring: ListQuery, response: { 200: OrderPage } },
  }, async (request) => {
    const { limit, cursor, status, user_id: userId } = request.query
    const page = await listFor(deps.db, actorOf(request), { limit, status, userId, before: cursor === undefined ? undefined : Number(cursor) })
    return { items: page.orders.map(orderView), next_cursor: page.next === undefined ? null : String(page.next) }
  })
}

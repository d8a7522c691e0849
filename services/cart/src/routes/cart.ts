import { Type } from 'typebox'
import { authenticate, callerOf, IdInput, idOf, requireRole, type ServiceApp, type TokenVerifier } from '@bazaar/kit'
import { addItem, changeQuantity, clearCart, readCart, removeItem, type CartDeps } from '../domain/carts.ts'
import { bearer, CartView, cartView, closed, ProductId, Quantity } from './schemas.ts'

const AddBody = Type.Object({ product_id: IdInput, quantity: Type.Optional(Quantity) }, closed)
const QuantityBody = Type.Object({ quantity: Type.Integer({ minimum: 0, maximum: 99, description: '0 removes the line' }) }, closed)
const LineParams = Type.Object({ product_id: ProductId }, closed)

/** The caller's own cart. A service token has no cart: it reads carts through /carts/{user_id}. */
export function cartRoutes(app: ServiceApp, deps: CartDeps, verifier: TokenVerifier): void {
  const signedIn = [authenticate(verifier), requireRole('customer', 'admin')]
  const tags = ['cart']

  app.get('/cart', {
    onRequest: signedIn,
    schema: { summary: 'The caller\'s cart, priced now', tags, security: bearer, response: { 200: CartView } },
  }, async (request) => cartView(await readCart(deps, callerOf(request).subject)))

  app.post('/cart/items', {
    onRequest: signedIn,
    schema: {
      summary: 'Add units of a product',
      description: 'Adds to the product\'s line when there is one (201 when the line is new, else 200). An unknown product is 422; the catalog down, 503.',
      tags,
      security: bearer,
      body: AddBody,
      response: { 200: CartView, 201: CartView },
    },
  }, async (request, reply) => {
    const owner = callerOf(request).subject
    const { created } = await addItem(deps, owner, idOf(request.body.product_id), request.body.quantity ?? 1)
    return reply.code(created ? 201 : 200).send(cartView(await readCart(deps, owner)))
  })

  app.patch('/cart/items/:product_id', {
    onRequest: signedIn,
    schema: { summary: 'Set a line\'s quantity (0 removes it)', tags, security: bearer, params: LineParams, body: QuantityBody, response: { 200: CartView } },
  }, async (request) => {
    const owner = callerOf(request).subject
    await changeQuantity(deps, owner, request.params.product_id, request.body.quantity)
    return cartView(await readCart(deps, owner))
  })

  app.delete('/cart/items/:product_id', {
    onRequest: signedIn,
    schema: { summary: 'Remove a line (idempotent)', tags, security: bearer, params: LineParams, response: { 204: Type.Null() } },
  }, async (request, reply) => {
    await removeItem(deps, callerOf(request).subject, request.params.product_id)
    return reply.code(204).send(null)
  })

  app.delete('/cart', {
    onRequest: signedIn,
    schema: { summary: 'Empty the cart', tags, security: bearer, response: { 204: Type.Null() } },
  }, async (request, reply) => {
    await clearCart(deps, callerOf(request).subject)
    return reply.code(204).send(null)
  })
}

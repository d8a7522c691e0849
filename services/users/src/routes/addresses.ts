import { Type } from 'typebox'
import { callerOf, type ServiceApp, type TokenVerifier } from '@bazaar/kit'
import type { UsersDeps } from '../deps.ts'
import { addAddress, addressesOf, removeAddress } from '../domain/addresses.ts'
import { signedInUser } from './caller.ts'
import { AddressView, addressView, bearer, closed, Id } from './schemas.ts'

const AddressBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  line1: Type.String({ minLength: 1, maxLength: 200 }),
  line2: Type.Optional(Type.String({ maxLength: 200 })),
  city: Type.String({ minLength: 1, maxLength: 100 }),
  postal_code: Type.String({ minLength: 1, maxLength: 20 }),
  country: Type.String({ pattern: '^[A-Za-z]{2}$', description: 'ISO 3166-1 alpha-2 code, such as FR' }),
  phone: Type.Optional(Type.String({ pattern: '^\\+?[0-9 ().-]{3,30}$' })),
}, closed)

const AddressParams = Type.Object({ address_id: Id }, closed)
const AddressList = Type.Object({ items: Type.Array(AddressView) }, closed)

/** The caller's own addresses; nobody reaches another user's. */
export function addressRoutes(app: ServiceApp, deps: Pick<UsersDeps, 'db'>, verifier: TokenVerifier): void {
  const signedIn = signedInUser(verifier)

  app.get('/users/me/addresses', {
    onRequest: signedIn,
    schema: { summary: 'The caller\'s addresses', tags: ['addresses'], security: bearer, response: { 200: AddressList } },
  }, async (request) => ({ items: (await addressesOf(deps.db, callerOf(request).subject)).map(addressView) }))

  app.post('/users/me/addresses', {
    onRequest: signedIn,
    schema: { summary: 'Add an address', tags: ['addresses'], security: bearer, body: AddressBody, response: { 201: AddressView } },
  }, async (request, reply) => {
    const { line2, postal_code: postalCode, phone, ...rest } = request.body
    const address = await addAddress(deps.db, callerOf(request).subject, { ...rest, postalCode, line2: line2 ?? null, phone: phone ?? null })
    return reply.code(201).send(addressView(address))
  })

  app.delete('/users/me/addresses/:address_id', {
    onRequest: signedIn,
    schema: { summary: 'Remove an address', tags: ['addresses'], security: bearer, params: AddressParams, response: { 204: Type.Null() } },
  }, async (request, reply) => {
    await removeAddress(deps.db, callerOf(request).subject, request.params.address_id)
    return reply.code(204).send(null)
  })
}

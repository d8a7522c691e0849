import assert from 'node:assert/strict'
import { after, test } from 'node:test'
import Fastify from 'fastify'
import { isAppError } from '../../src/errors.ts'
import { authenticate, requireRole } from '../../src/auth/guards.ts'
import { ensureOwner } from '../../src/auth/ownership.ts'
import type { Principal } from '../../src/auth/principal.ts'
import { createLocalVerifier } from '../../src/auth/verifier.ts'
import { accessToken, audience, issuer, signingKey } from './keys.ts'

const key = await signingKey('k1')
const verifier = createLocalVerifier({ keys: [key.publicJwk] }, { issuer, audience })

const app = Fastify()
// The service kit renders problems; this stand-in keeps only what the assertions read.
app.setErrorHandler((error, _request, reply) => {
  if (isAppError(error)) return reply.status(error.status).send({ code: error.code })
  return reply.status(500).send({ code: 'INTERNAL' })
})
app.get('/me', { onRequest: authenticate(verifier) }, async (request) => ({ subject: request.principal?.subject }))
app.get('/maybe', { onRequest: authenticate(verifier, { optional: true }) }, async (request) => ({ anonymous: request.principal === undefined }))
app.get('/admin', { onRequest: [authenticate(verifier), requireRole('admin')] }, async () => ({ ok: true }))
app.get('/internal', { onRequest: [authenticate(verifier), requireRole('admin', 'service')] }, async () => ({ ok: true }))
app.get('/anonymous-admin', { onRequest: requireRole('admin') }, async () => ({ ok: true }))
app.get<{ Params: { owner: string } }>('/orders/:owner', { onRequest: authenticate(verifier) }, async (request) => {
  ensureOwner(request.principal, request.params.owner)
  return { owner: request.params.owner }
})
after(() => app.close())

const customer = await accessToken(key, { sub: 'u-1', roles: ['customer'] })
const admin = await accessToken(key, { sub: 'u-9', roles: ['admin'] })
const service = await accessToken(key, { sub: 'orders', roles: ['service'], client_id: 'orders' })

async function call(url: string, token?: string, scheme = 'Bearer') {
  const response = await app.inject({ url, headers: token === undefined ? {} : { authorization: `${scheme} ${token}` } })
  return { status: response.statusCode, body: response.json() as Record<string, unknown> }
}

test('when no token is sent, then 401', async () => {
  assert.deepEqual(await call('/me'), { status: 401, body: { code: 'UNAUTHENTICATED' } })
})

test('when the token is not a Bearer token or is invalid, then 401', async () => {
  assert.equal((await call('/me', customer, 'Basic')).status, 401)
  assert.equal((await call('/me', `${customer}x`)).status, 401)
})

test('when the token is valid, then the route sees the principal', async () => {
  assert.deepEqual(await call('/me', customer), { status: 200, body: { subject: 'u-1' } })
})

test('when authentication is optional, then no token is anonymous but a bad one is still 401', async () => {
  assert.deepEqual(await call('/maybe'), { status: 200, body: { anonymous: true } })
  assert.deepEqual(await call('/maybe', customer), { status: 200, body: { anonymous: false } })
  assert.equal((await call('/maybe', 'garbage')).status, 401)
})

test('when the role is missing, then 403; when held, then 200', async () => {
  assert.deepEqual(await call('/admin', customer), { status: 403, body: { code: 'FORBIDDEN' } })
  assert.equal((await call('/admin', admin)).status, 200)
  assert.equal((await call('/internal', service)).status, 200, "a service token holds the 'service' role")
  assert.equal((await call('/internal', customer)).status, 403)
})

test('when a role is required of an anonymous caller, then 401', async () => {
  assert.equal((await call('/anonymous-admin')).status, 401)
})

test("when a user asks for someone else's resource, then 404; their own, admin's and a service's calls pass", async () => {
  assert.deepEqual(await call('/orders/u-2', customer), { status: 404, body: { code: 'NOT_FOUND' } })
  assert.equal((await call('/orders/u-1', customer)).status, 200)
  assert.equal((await call('/orders/u-2', admin)).status, 200)
  assert.equal((await call('/orders/u-2', service)).status, 200)
})

test('when ensureOwner is called without a principal, then it throws UNAUTHENTICATED', () => {
  assert.throws(() => ensureOwner(undefined, 'u-1'), { code: 'UNAUTHENTICATED' })
  const numeric: Principal = { subject: '42', kind: 'user', roles: [], token: 't' }
  assert.doesNotThrow(() => ensureOwner(numeric, 42))
})

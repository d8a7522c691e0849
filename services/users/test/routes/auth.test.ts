import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose'
import { deriveClientSecret } from '@bazaar/kit'
import { jsonClient, type JsonClient } from '@bazaar/kit/testing'
import { signUp, uniqueUser, type Grant } from '../support/sign-up.ts'
import { clientKey, startUsers, type UsersUnderTest } from '../support/users-service.ts'

// One service for the file: starting PGlite is most of a test's cost. Failed logins name a
// client address of their own (X-Forwarded-For), so throttling in one test spares the others.
let users: UsersUnderTest
let api: JsonClient
let ipCounter = 0
const freshIp = () => ({ 'x-forwarded-for': `198.51.100.${++ipCounter}` })

before(async () => {
  users = await startUsers({ overrides: { LOGIN_MAX_FAILURES: 3, LOGIN_MAX_FAILURES_PER_IP: 4 } })
  api = jsonClient(users.url)
})
after(() => users.stop())

function verify(token: string, audience: string) {
  return jwtVerify(token, createRemoteJWKSet(new URL(`${users.url}/.well-known/jwks.json`)), { issuer: 'bazaar-users', audience })
}

describe('POST /auth/login', () => {
  it('when the password is right, then OAuth2 tokens; the access token verifies against the JWKS', async () => {
    const { user, grant } = await signUp(api)
    assert.equal(grant.token_type, 'Bearer')
    assert.equal(grant.expires_in, 900)
    assert.ok(grant.refresh_token.length >= 40)
    const { payload, protectedHeader } = await verify(grant.access_token, 'bazaar')
    assert.equal(protectedHeader.alg, 'EdDSA')
    assert.equal(payload.sub, user.user_id)
    assert.deepEqual(payload.roles, ['customer'])
    assert.equal(payload.typ, 'access')
    assert.equal((payload.exp ?? 0) - (payload.iat ?? 0), 900)
    const jwks = await api.get<{ keys: Record<string, string>[] }>('/.well-known/jwks.json')
    assert.deepEqual(jwks.body.keys.map((key) => [key.kid, key.alg, key.use, key.kty, key.crv]), [[protectedHeader.kid, 'EdDSA', 'sig', 'OKP', 'Ed25519']])
    assert.ok(!('d' in (jwks.body.keys[0] ?? {})), 'no private part is published')
  })

  it('when logging in by username in another case, then it works too', async () => {
    const { credentials } = await signUp(api)
    const reply = await api.post<Grant>('/auth/login', { username: credentials.username.toUpperCase(), password: credentials.password })
    assert.equal(reply.status, 200)
    assert.equal(reply.headers.get('cache-control'), 'no-store')
  })

  it('when the user is unknown or the password wrong, then the same 401', async () => {
    const { credentials } = await signUp(api)
    const wrong = await api.post('/auth/login', { email: credentials.email, password: 'wrong-password' }, { headers: freshIp() })
    const unknown = await api.post('/auth/login', { email: uniqueUser().email, password: 'wrong-password' }, { headers: freshIp() })
    assert.equal(wrong.status, 401)
    assert.equal(wrong.body.code, 'UNAUTHENTICATED')
    assert.deepEqual({ ...wrong.body, instance: undefined }, { ...unknown.body, instance: undefined })
  })

  it('when both or neither of email and username are sent, then 400', async () => {
    assert.equal((await api.post('/auth/login', { password: 'whatever-it-is' })).status, 400)
    assert.equal((await api.post('/auth/login', { email: 'a@example.com', username: 'a', password: 'whatever-it-is' })).status, 400)
  })

  it('when an account fails LOGIN_MAX_FAILURES times, then 429 with Retry-After, even with the right password', async () => {
    const { credentials } = await signUp(api)
    for (let attempt = 0; attempt < 3; attempt++) {
      const reply = await api.post('/auth/login', { email: credentials.email, password: 'wrong-password' }, { headers: freshIp() })
      assert.equal(reply.status, 401)
    }
    const locked = await api.post('/auth/login', { email: credentials.email, password: credentials.password }, { headers: freshIp() })
    assert.equal(locked.status, 429)
    assert.equal(locked.body.code, 'RATE_LIMITED')
    const retryAfter = Number(locked.headers.get('retry-after'))
    assert.ok(retryAfter >= 30 && retryAfter <= 60, `Retry-After ${retryAfter}`)
  })

  it('when one address fails LOGIN_MAX_FAILURES_PER_IP times across accounts, then it is locked and others are not', async () => {
    const { credentials } = await signUp(api)
    const attacker = { 'x-forwarded-for': '203.0.113.9' }
    for (let attempt = 0; attempt < 4; attempt++) {
      assert.equal((await api.post('/auth/login', { email: uniqueUser().email, password: 'guess-guess' }, { headers: attacker })).status, 401)
    }
    const body = { email: credentials.email, password: credentials.password }
    assert.equal((await api.post('/auth/login', body, { headers: attacker })).status, 429)
    assert.equal((await api.post('/auth/login', body, { headers: freshIp() })).status, 200)
  })
})

describe('POST /auth/refresh and /auth/logout', () => {
  it('when a refresh token is used, then it is rotated; using the old one again revokes the whole family', async () => {
    const { grant } = await signUp(api)
    const first = await api.post<Grant>('/auth/refresh', { refresh_token: grant.refresh_token })
    assert.equal(first.status, 200)
    assert.notEqual(first.body.refresh_token, grant.refresh_token)
    await verify(first.body.access_token, 'bazaar')
    const reuse = await api.post('/auth/refresh', { refresh_token: grant.refresh_token })
    assert.equal(reuse.status, 401)
    assert.equal((await api.post('/auth/refresh', { refresh_token: first.body.refresh_token })).status, 401, 'the family is revoked')
  })

  it('when a user logs out, then 204 and the refresh token no longer works', async () => {
    const { grant } = await signUp(api)
    assert.equal((await api.post('/auth/logout', { refresh_token: grant.refresh_token })).status, 204)
    assert.equal((await api.post('/auth/refresh', { refresh_token: grant.refresh_token })).status, 401)
    assert.equal((await api.post('/auth/logout', { refresh_token: grant.refresh_token })).status, 204, 'idempotent')
    assert.equal((await api.post('/auth/refresh', { refresh_token: 'never-issued' })).status, 401)
  })
})

describe('POST /auth/token', () => {
  const credentials = (clientId: string, audience: string, secret = deriveClientSecret(clientKey, clientId)) =>
    ({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret, audience })

  it('when a service presents its derived secret, then a token for the audience with the service role', async () => {
    const reply = await api.post<Grant>('/auth/token', credentials('orders', 'inventory'))
    assert.equal(reply.status, 200)
    assert.equal(reply.body.token_type, 'Bearer')
    assert.equal(reply.body.refresh_token, undefined)
    const { payload } = await verify(reply.body.access_token, 'inventory')
    assert.equal(payload.sub, 'service:orders')
    assert.equal(payload.client_id, 'orders')
    assert.deepEqual(payload.roles, ['service'])
    assert.equal(decodeProtectedHeader(reply.body.access_token).alg, 'EdDSA')
  })

  it('when the secret is wrong or the client unknown, then 401', async () => {
    assert.equal((await api.post('/auth/token', credentials('catalog', 'inventory', 'wrong'))).status, 401)
    assert.equal((await api.post('/auth/token', credentials('catalog', 'inventory', deriveClientSecret(clientKey, 'orders')))).status, 401)
    assert.equal((await api.post('/auth/token', credentials('intruder', 'inventory'))).status, 401)
  })

  it('when the audience is not a declared dependency of the client, then 403; not a service, then 400', async () => {
    assert.equal((await api.post('/auth/token', credentials('catalog', 'payments'))).status, 403)
    assert.equal((await api.post('/auth/token', credentials('catalog', 'nowhere'))).status, 400)
  })

  it('when a service token calls a user-only route, then 403', async () => {
    const token = (await api.post<Grant>('/auth/token', credentials('catalog', 'users'))).body.access_token
    assert.equal((await api.get('/users/me', token)).status, 403)
  })
})

import assert from 'node:assert/strict'
import { after, test } from 'node:test'
import { SignJWT, base64url, exportJWK } from 'jose'
import type { AppError } from '../../src/errors.ts'
import { createLocalVerifier, createTokenVerifier } from '../../src/auth/verifier.ts'
import { json, startUpstream, type Upstream } from '../http/upstream-server.ts'
import { accessToken, audience, issuer, signingKey } from './keys.ts'

const key = await signingKey('k1')
const stranger = await signingKey('k2')
const servers: Upstream[] = []
after(() => Promise.all(servers.map((server) => server.kill())))

async function jwksServer() {
  const server = await startUpstream((_request, response) => json(response, 200, { keys: [key.publicJwk] }))
  servers.push(server)
  return server
}

const verifier = createTokenVerifier({ jwksUrl: `${(await jwksServer()).url}/.well-known/jwks.json`, issuer, audience })

/** Asserts a 401 whose words say `reason` and nothing of the token. */
function refusedFor(reason: RegExp, token: string) {
  return (error: AppError) => {
    assert.equal(error.code, 'UNAUTHENTICATED')
    assert.equal(error.status, 401)
    assert.match(error.detail ?? '', reason)
    for (const part of token.split('.').filter((segment) => segment.length > 8)) {
      assert.ok(!`${error.message} ${error.detail}`.includes(part), 'the error quotes the token')
    }
    return true
  }
}

test('when a user token is valid, then verify answers its principal, and again from the cache', async () => {
  const token = await accessToken(key, { sub: 'u-42', roles: ['customer', 'admin'] })
  const principal = await verifier.verify(token)
  assert.deepEqual({ ...principal, roles: [...principal.roles] }, { subject: 'u-42', kind: 'user', roles: ['customer', 'admin'], token })
  assert.equal(await verifier.verify(token), principal, 'the second verification is a cache hit')
})

test('when a service token is valid, then the principal is a service with its client id', async () => {
  const token = await accessToken(key, { sub: 'orders', roles: ['service'], client_id: 'orders' })
  const principal = await verifier.verify(token)
  assert.equal(principal.kind, 'service')
  assert.equal(principal.clientId, 'orders')
})

test('when the token has expired, then 401 "token expired"', async () => {
  const token = await accessToken(key, {}, Math.floor(Date.now() / 1000) - 60)
  await assert.rejects(verifier.verify(token), refusedFor(/expired/, token))
})

test('when the payload was tampered with, then 401 "bad signature"', async () => {
  const token = await accessToken(key, { roles: ['customer'] })
  const [header, payload, signature] = token.split('.') as [string, string, string]
  const claims = JSON.parse(new TextDecoder().decode(base64url.decode(payload)))
  const forged = `${header}.${base64url.encode(JSON.stringify({ ...claims, roles: ['admin'] }))}.${signature}`
  await assert.rejects(verifier.verify(forged), refusedFor(/bad signature/, forged))
})

test('when the token is unsigned (alg none), then 401', async () => {
  const part = (value: object) => base64url.encode(JSON.stringify(value))
  const now = Math.floor(Date.now() / 1000)
  const token = `${part({ alg: 'none', typ: 'JWT' })}.${part({ sub: 'u-1', iss: issuer, aud: audience, exp: now + 300, iat: now, roles: ['admin'], typ: 'access' })}.`
  await assert.rejects(verifier.verify(token), refusedFor(/algorithm not allowed/, token))
})

test('when the token is HS256, signed with a secret or with the public key itself, then 401', async () => {
  const publicBytes = base64url.decode((await exportJWK(key.publicKey)).x ?? '')
  for (const secret of [new TextEncoder().encode('a-guessable-secret-of-32-bytes!!'), publicBytes]) {
    const token = await new SignJWT({ roles: ['admin'], typ: 'access' })
      .setProtectedHeader({ alg: 'HS256', kid: key.kid })
      .setSubject('u-1').setIssuer(issuer).setAudience(audience).setExpirationTime('5m')
      .sign(secret)
    await assert.rejects(verifier.verify(token), refusedFor(/algorithm not allowed/, token))
  }
})

test('when the audience or the issuer is wrong, then 401 naming the claim', async () => {
  const wrongAudience = await accessToken(key, { aud: 'someone-else' })
  await assert.rejects(verifier.verify(wrongAudience), refusedFor(/"aud"/, wrongAudience))
  const wrongIssuer = await accessToken(key, { iss: 'https://evil.test' })
  await assert.rejects(verifier.verify(wrongIssuer), refusedFor(/"iss"/, wrongIssuer))
})

test('when the token is a refresh token, then 401 "not an access token"', async () => {
  const token = await accessToken(key, { typ: 'refresh' })
  await assert.rejects(verifier.verify(token), refusedFor(/not an access token/, token))
})

test('when the token is signed by a key the JWKS does not hold, then 401 "unknown signing key"', async () => {
  const token = await accessToken(stranger)
  await assert.rejects(verifier.verify(token), refusedFor(/unknown signing key/, token))
})

test('when the token is garbage, then 401 "malformed token"', async () => {
  await assert.rejects(verifier.verify('not-a-jwt'), refusedFor(/malformed/, 'not-a-jwt'))
})

test('when the JWKS server was never reachable, then UNAVAILABLE (the caller is not at fault)', async () => {
  const server = await jwksServer()
  await server.kill()
  const cold = createTokenVerifier({ jwksUrl: server.url, issuer, audience })
  await assert.rejects(cold.verify(await accessToken(key)), (error: AppError) => error.code === 'UNAVAILABLE')
})

test('when the JWKS server goes down after a fetch, then the keys it served keep verifying', async () => {
  const server = await jwksServer()
  const warm = createTokenVerifier({ jwksUrl: server.url, issuer, audience, jwksCooldownMs: 0 })
  await warm.verify(await accessToken(key, { sub: 'first' }))
  await server.kill()
  // An unknown kid forces a refetch, which fails: the stale set still answers, and it lacks k2.
  const unknown = await accessToken(stranger)
  await assert.rejects(warm.verify(unknown), refusedFor(/unknown signing key/, unknown))
  assert.equal((await warm.verify(await accessToken(key, { sub: 'second' }))).subject, 'second')
})

test('when verifying locally with a key set or a single key, then no server is needed', async () => {
  const token = await accessToken(key, { sub: 'u-7' })
  const fromSet = createLocalVerifier({ keys: [key.publicJwk] }, { issuer, audience })
  const fromKey = createLocalVerifier(key.publicKey, { issuer, audience })
  assert.equal((await fromSet.verify(token)).subject, 'u-7')
  assert.equal((await fromKey.verify(token)).subject, 'u-7')
  const foreign = await accessToken(stranger)
  await assert.rejects(fromKey.verify(foreign), refusedFor(/bad signature/, foreign))
})

import assert from 'node:assert/strict'
import { after, test } from 'node:test'
import { waitFor } from '@bazaar/kit/testing'
import type { AppError } from '../../src/errors.ts'
import { createServiceTokenSource } from '../../src/auth/service-tokens.ts'
import { json, startUpstream, type Upstream } from '../http/upstream-server.ts'

const servers: Upstream[] = []
after(() => Promise.all(servers.map((server) => server.kill())))

/** A token endpoint that knows one client and hands out numbered tokens. */
async function tokenServer(expiresIn = 300) {
  let issued = 0
  const server = await startUpstream((_request, response, body) => {
    const grant = JSON.parse(body) as Record<string, string>
    if (grant.grant_type !== 'client_credentials' || grant.client_id !== 'orders' || grant.client_secret !== 's3cret') {
      return json(response, 401, { code: 'UNAUTHENTICATED', title: 'Invalid client', status: 401 })
    }
    issued++
    // Answered on the next turn, so concurrent callers really overlap with the request.
    setImmediate(() => json(response, 200, { access_token: `${grant.audience}-${issued}`, token_type: 'Bearer', expires_in: expiresIn }))
  })
  servers.push(server)
  return server
}

test('when a token is asked twice for one audience, then the endpoint is called once; another audience gets its own', async () => {
  const server = await tokenServer()
  const source = createServiceTokenSource({ tokenUrl: `${server.url}/auth/token`, clientId: 'orders', clientSecret: 's3cret' })
  assert.equal(await source('inventory'), 'inventory-1')
  assert.equal(await source('inventory'), 'inventory-1')
  assert.equal(await source('payments'), 'payments-2')
  assert.equal(server.received.length, 2)
  assert.equal(server.received[0]?.url, '/auth/token')
  assert.deepEqual(JSON.parse(server.received[0]?.body ?? ''), { grant_type: 'client_credentials', client_id: 'orders', client_secret: 's3cret', audience: 'inventory' })
})

test('when many callers ask at once, then they share one request', async () => {
  const server = await tokenServer()
  const source = createServiceTokenSource({ tokenUrl: server.url, clientId: 'orders', clientSecret: 's3cret' })
  const tokens = await Promise.all(Array.from({ length: 20 }, () => source('inventory')))
  assert.deepEqual(new Set(tokens), new Set(['inventory-1']))
  assert.equal(server.received.length, 1)
})

test('when the token nears expiry, then a new one is fetched', async () => {
  const server = await tokenServer(1)
  const source = createServiceTokenSource({ tokenUrl: server.url, clientId: 'orders', clientSecret: 's3cret' })
  assert.equal(await source('inventory'), 'inventory-1')
  await waitFor(async () => (await source('inventory')) === 'inventory-2', { what: 'a refreshed token' })
  assert.equal(server.received.length, 2)
})

test('when the credentials are refused, then INTERNAL, and the failure is not cached', async () => {
  const server = await tokenServer()
  const source = createServiceTokenSource({ tokenUrl: server.url, clientId: 'orders', clientSecret: 'wrong' })
  await assert.rejects(source('inventory'), (error: AppError) => error.code === 'INTERNAL')
  await assert.rejects(source('inventory'), (error: AppError) => error.code === 'INTERNAL')
  assert.equal(server.received.length, 2)
})

test('when the token endpoint is down, then UNAVAILABLE', async () => {
  const server = await tokenServer()
  await server.kill()
  const source = createServiceTokenSource({ tokenUrl: server.url, clientId: 'orders', clientSecret: 's3cret' })
  await assert.rejects(source('inventory'), (error: AppError) => error.code === 'UNAVAILABLE')
})

import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { bearer, call, customerToken, login, rawCall, type Answer } from '../support/http.ts'
import { adminEmail, adminPassword, startPlatform, type Platform } from '../support/platform.ts'

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString()) as Record<string, unknown>

function assertRefused(answer: Answer, status: 401 | 403): void {
  assert.equal(answer.status, status, answer.text)
  assert.equal(answer.headers.get('content-type'), 'application/problem+json; charset=utf-8')
  assert.equal(answer.json.code, status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN')
}

describe('access at the gateway', () => {
  let platform: Platform
  let customer: string
  let admin: string
  before(async () => {
    platform = await startPlatform({ echoReplicas: 1 })
    customer = await customerToken(platform.url)
    admin = await login(platform.url, adminEmail, adminPassword)
  })
  after(() => platform.stop())

  const post = (path: string, token?: string) => call(`${platform.url}${path}`, token === undefined ? { method: 'POST' } : bearer(token, { method: 'POST' }))

  test('when a public route is called without a token, then it reaches the service', async () => {
    assert.equal((await call(`${platform.url}/api/echo/open`)).status, 200)
  })

  test('when a protected route is called without a token, then 401', async () => {
    assertRefused(await post('/api/orders/1/status'), 401)
    assertRefused(await post('/api/inventory/1/update'), 401)
    assertRefused(await call(`${platform.url}/api/orders/1`), 401)
  })

  test('when a token has been tampered with, then 401 even on a public route', async () => {
    const [header, payload, signature] = customer.split('.') as [string, string, string]
    const forged = `${header}.${encode({ ...decode(payload), roles: ['customer', 'admin'] })}.${signature}`
    assertRefused(await post('/api/orders/1/status', forged), 401)
    assertRefused(await call(`${platform.url}/api/echo/open`, bearer(forged)), 401)
  })

  test('when a token is unsigned (alg none), then 401', async () => {
    const payload = customer.split('.')[1] as string
    const unsigned = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ ...decode(payload), roles: ['customer', 'admin'] })}.`
    assertRefused(await post('/api/orders/1/status', unsigned), 401)
    assertRefused(await call(`${platform.url}/api/echo/open`, bearer(unsigned)), 401)
  })

  test('when the Authorization header is not a bearer token, then 401', async () => {
    assertRefused(await call(`${platform.url}/api/echo/open`, { headers: { authorization: 'Basic dXNlcjpwYXNz' } }), 401)
    assertRefused(await call(`${platform.url}/api/echo/open`, bearer('not-a-jwt')), 401)
  })

  test('when a token has expired, then 401', async (t) => {
    // A fresh token, never verified (so not cached), seen from an hour later.
    const token = await customerToken(platform.url)
    t.mock.timers.enable({ apis: ['Date'], now: Date.now() + 3_600_000 })
    const answer = await call(`${platform.url}/api/echo/open`, bearer(token))
    t.mock.timers.reset()
    assertRefused(answer, 401)
    assert.match(String(answer.json.detail), /expired/)
  })

  test('when a customer writes an admin-only resource, then 403', async () => {
    assertRefused(await post('/api/orders/1/status', customer), 403)
    assertRefused(await post('/api/inventory/1/update', customer), 403)
    assertRefused(await call(`${platform.url}/api/orders/1/status`, bearer(customer, { method: 'PATCH' })), 403)
  })

  test('when the path is disguised by a trailing slash or percent-encoding, then the rule still holds', async () => {
    const headers = { authorization: `Bearer ${customer}` }
    assertRefused(await rawCall(platform.url, '/api/orders/1/status/', { method: 'POST', headers }), 403)
    assertRefused(await rawCall(platform.url, '/api/orders/1/st%61tus', { method: 'POST', headers }), 403)
  })

  test('when an admin writes an admin-only resource, then it reaches the service', async () => {
    const answer = await post('/api/orders/1/status', admin)
    assert.equal(answer.status, 200)
    assert.equal(answer.json.url, '/orders/1/status')
  })

  test('when a customer reads their own resource, then it reaches the service', async () => {
    assert.equal((await call(`${platform.url}/api/orders/1`, bearer(customer))).status, 200)
    assert.equal((await call(`${platform.url}/api/inventory/1`)).status, 200)
  })
})

import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { call, json, type Answer } from '../support/http.ts'
import { startPlatform, type Platform } from '../support/platform.ts'

const max = 5
const loginMax = 2

function assertLimited(answer: Answer): void {
  assert.equal(answer.status, 429)
  assert.equal(answer.headers.get('content-type'), 'application/problem+json; charset=utf-8')
  assert.equal(answer.json.code, 'RATE_LIMITED')
  assert.ok(Number(answer.headers.get('retry-after')) >= 1)
}

describe('rate limits', () => {
  let platform: Platform
  let customer: string
  // One trusted proxy in front: each test is a client of its own address.
  const from = (address: string, init: RequestInit = {}): RequestInit =>
    ({ ...init, headers: { ...(init.headers as Record<string, string> | undefined), 'x-forwarded-for': address } })

  before(async () => {
    platform = await startPlatform({ echoReplicas: 1, gateway: { RATE_LIMIT_MAX: max, LOGIN_RATE_LIMIT_MAX: loginMax, TRUST_PROXY_HOPS: 1 } })
    const credentials = { email: `limited${process.pid}@example.com`, password: 'correct-horse-battery' }
    assert.equal((await call(`${platform.url}/api/users`, from('10.0.0.9', json('POST', credentials)))).status, 201)
    customer = await loginFrom('10.0.0.9', credentials.email, credentials.password)
  })
  after(() => platform.stop())

  async function loginFrom(address: string, email: string, password: string): Promise<string> {
    const answer = await call(`${platform.url}/api/auth/login`, from(address, json('POST', { email, password })))
    assert.equal(answer.status, 200, answer.text)
    return answer.json.access_token as string
  }

  test('when an anonymous client exceeds the limit, then 429 problem with Retry-After, and other clients go on', async () => {
    for (let i = 0; i < max; i++) assert.equal((await call(`${platform.url}/api/echo/a`, from('10.0.0.1'))).status, 200)
    assertLimited(await call(`${platform.url}/api/echo/a`, from('10.0.0.1')))
    assert.equal((await call(`${platform.url}/api/echo/a`, from('10.0.0.2'))).status, 200)
  })

  test('when a client is over the API limit, then the storefront\'s pages still load: only the API is counted', async () => {
    for (let i = 0; i < max; i++) assert.equal((await call(`${platform.url}/api/echo/pages`, from('10.0.0.7'))).status, 200)
    assertLimited(await call(`${platform.url}/api/echo/pages`, from('10.0.0.7')))
    for (let i = 0; i < max + 2; i++) assert.equal((await call(`${platform.url}/products/1`, from('10.0.0.7'))).status, 200)
  })

  test('when a signed-in user calls, then the user is counted, not the address', async () => {
    for (let i = 0; i < max; i++) assert.equal((await call(`${platform.url}/api/echo/b`, from('10.0.0.3'))).status, 200)
    assertLimited(await call(`${platform.url}/api/echo/b`, from('10.0.0.3')))
    const signedIn = (address: string) => from(address, { headers: { authorization: `Bearer ${customer}` } })
    for (let i = 0; i < max; i++) assert.equal((await call(`${platform.url}/api/echo/b`, signedIn('10.0.0.3'))).status, 200)
    assertLimited(await call(`${platform.url}/api/echo/b`, signedIn('10.0.0.4')))
  })

  test('when a client keeps trying to log in, then the stricter login limit stops it first', async () => {
    const attempt = () => call(`${platform.url}/api/auth/login`, from('10.0.0.5', json('POST', { email: 'nobody@example.com', password: 'wrong-password' })))
    for (let i = 0; i < loginMax; i++) assert.equal((await attempt()).status, 401)
    assertLimited(await attempt())
    assert.equal((await call(`${platform.url}/api/echo/c`, from('10.0.0.5'))).status, 200)
  })

  test('when the limit is not reached, then the answer says how much is left', async () => {
    const answer = await call(`${platform.url}/api/echo/d`, from('10.0.0.6'))
    assert.equal(answer.headers.get('x-ratelimit-limit'), String(max))
    assert.equal(answer.headers.get('x-ratelimit-remaining'), String(max - 1))
  })
})

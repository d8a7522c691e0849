import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { call } from '../support/http.ts'
import { startPlatform, type Platform } from '../support/platform.ts'

const storefront = 'http://localhost:8080'

describe('CORS', () => {
  let platform: Platform
  before(async () => { platform = await startPlatform({ users: false, echoReplicas: 1 }) })
  after(() => platform.stop())

  const preflight = (origin: string) => call(`${platform.url}/api/echo/items`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type, idempotency-key' },
  })

  test('when an allowed origin sends a preflight, then the gateway allows it without asking the service', async () => {
    const received = platform.echoes[0]!.received.length
    const answer = await preflight(storefront)
    assert.equal(answer.status, 204)
    assert.equal(answer.headers.get('access-control-allow-origin'), storefront)
    assert.match(answer.headers.get('access-control-allow-methods') ?? '', /POST/)
    assert.match(answer.headers.get('access-control-allow-headers') ?? '', /authorization/)
    assert.match(answer.headers.get('access-control-allow-headers') ?? '', /idempotency-key/)
    assert.equal(platform.echoes[0]!.received.length, received)
  })

  test('when another origin sends a preflight, then it is not allowed', async () => {
    const answer = await preflight('http://evil.example')
    assert.equal(answer.headers.get('access-control-allow-origin'), null)
  })

  test('when an allowed origin calls the API, then the answer allows it and exposes the request id', async () => {
    const answer = await call(`${platform.url}/api/echo/items`, { headers: { origin: storefront } })
    assert.equal(answer.status, 200)
    assert.equal(answer.headers.get('access-control-allow-origin'), storefront)
    assert.match(answer.headers.get('access-control-expose-headers') ?? '', /x-request-id/)
    assert.match(answer.headers.get('vary') ?? '', /Origin/)
  })
})

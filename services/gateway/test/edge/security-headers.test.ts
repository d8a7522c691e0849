import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { call, type Answer } from '../support/http.ts'
import { startPlatform, type Platform } from '../support/platform.ts'

function assertSecure(answer: Answer): void {
  const csp = answer.headers.get('content-security-policy') ?? ''
  assert.match(csp, /default-src 'self'/)
  assert.match(csp, /script-src 'self'/)
  assert.match(csp, /frame-ancestors 'none'/)
  assert.equal(answer.headers.get('x-content-type-options'), 'nosniff')
  assert.equal(answer.headers.get('x-frame-options'), 'SAMEORIGIN')
  assert.equal(answer.headers.get('referrer-policy'), 'no-referrer')
  assert.match(answer.headers.get('strict-transport-security') ?? '', /max-age=/)
}

describe('security headers', () => {
  let platform: Platform
  before(async () => { platform = await startPlatform({ users: false, echoReplicas: 1 }) })
  after(() => platform.stop())

  test('when the API answers, then the security headers are set', async () => {
    assertSecure(await call(`${platform.url}/api/echo/x`))
  })

  test('when an error is answered, then the security headers are set too', async () => {
    const answer = await call(`${platform.url}/api/nowhere`)
    assert.equal(answer.status, 404)
    assertSecure(answer)
  })

  test('when the storefront page is served, then the security headers are set', async () => {
    assertSecure(await call(`${platform.url}/`))
  })
})

import assert from 'node:assert/strict'
import { after, test } from 'node:test'
import { waitFor } from '@bazaar/kit/testing'
import type { AppError } from '../../src/errors.ts'
import { createHttpClient, type HttpClient } from '../../src/http/client.ts'
import { deadUrl, json, startUpstream, type Upstream } from './upstream-server.ts'

const opened: (HttpClient | Upstream)[] = []
after(() => Promise.all(opened.map((thing) => ('close' in thing ? thing.close() : thing.kill()))))

test('when N calls fail in a row, then the breaker opens, fails fast, half-opens and recovers', async () => {
  let healthy = false
  const upstream = await startUpstream((_request, response) => {
    if (healthy) json(response, 200, { ok: true })
    else json(response, 502, { message: 'bad' })
  })
  const client = createHttpClient({
    upstream: 'flaky', urls: [upstream.url], retries: 0,
    circuitBreaker: { consecutiveFailures: 3, halfOpenAfterMs: 300 },
  })
  opened.push(upstream, client)

  for (let call = 0; call < 3; call++) {
    await assert.rejects(client.get('/x'), (error: AppError) => error.code === 'BAD_GATEWAY')
  }
  assert.equal(client.health().circuit, 'open')

  await assert.rejects(client.get('/x'), (error: AppError) => {
    assert.equal(error.code, 'UNAVAILABLE')
    assert.equal(error.status, 503)
    assert.equal(error.retryAfter, 1)
    return true
  })
  assert.equal(upstream.received.length, 3, 'an open breaker does not call the upstream')

  healthy = true
  const response = await waitFor(() => client.get('/x').catch(() => undefined), { what: 'the half-open probe to succeed' })
  assert.equal(response.status, 200)
  assert.equal(client.health().circuit, 'closed')
  assert.equal(upstream.received.length, 4, 'exactly one probe reached the upstream')
})

test('when a half-open probe fails, then the breaker opens again', async () => {
  const upstream = await startUpstream((_request, response) => json(response, 503, {}))
  const client = createHttpClient({
    upstream: 'down', urls: [upstream.url], retries: 0,
    circuitBreaker: { consecutiveFailures: 1, halfOpenAfterMs: 100 },
  })
  opened.push(upstream, client)
  await assert.rejects(client.get('/x'), (error: AppError) => error.code === 'BAD_GATEWAY')
  await waitFor(async () => {
    await client.get('/x').catch(() => undefined)
    return upstream.received.length === 2
  }, { what: 'a probe' })
  assert.equal(client.health().circuit, 'open')
})

test('when 4xx answers keep coming, then the breaker stays closed', async () => {
  const upstream = await startUpstream((_request, response) => json(response, 404, { code: 'NOT_FOUND', title: 'Not found', status: 404 }, 'application/problem+json'))
  const client = createHttpClient({ upstream: 'fine', urls: [upstream.url], circuitBreaker: { consecutiveFailures: 2, halfOpenAfterMs: 10_000 } })
  opened.push(upstream, client)
  for (let call = 0; call < 4; call++) {
    await assert.rejects(client.get('/missing'), (error: AppError) => error.code === 'NOT_FOUND')
  }
  assert.equal(client.health().circuit, 'closed')
})

test('when nothing listens, then the call fails with UNAVAILABLE', async () => {
  const client = createHttpClient({ upstream: 'gone', urls: [await deadUrl()], retries: 1 })
  opened.push(client)
  await assert.rejects(client.get('/x'), (error: AppError) => error.code === 'UNAVAILABLE' && !/127\.0\.0\.1|ECONN/.test(`${error.message} ${error.detail}`))
})

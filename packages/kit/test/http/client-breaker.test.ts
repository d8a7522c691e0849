import assert from 'node:assert/strict'
import { after, test } from 'node:test'
import { setTimeout } from 'node:timers/promises'
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

test('when an upstream restarts, then its breaker lets calls through again within 2 s of its being ready', async () => {
  const upstream = await startUpstream((_request, response) => json(response, 200, { ok: true }))
  const client = createHttpClient({
    upstream: 'restarting', urls: [upstream.url], retries: 0,
    circuitBreaker: { consecutiveFailures: 2, halfOpenAfterMs: 10_000 },
  })
  opened.push(upstream, client)
  await upstream.kill()
  for (let call = 0; call < 2; call++) await assert.rejects(client.get('/x'), (error: AppError) => error.code === 'UNAVAILABLE')
  assert.equal(client.health().circuit, 'open')

  // The supervisor's restart takes two seconds, while callers keep calling.
  const restartEnds = Date.now() + 2000
  while (Date.now() < restartEnds) {
    await assert.rejects(client.get('/x'), (error: AppError) => error.code === 'UNAVAILABLE')
    await setTimeout(50)
  }
  await upstream.revive()
  await waitFor(async () => (await fetch(`${upstream.url}/ready`)).ok, { what: 'the upstream to be ready' })
  const readyAt = Date.now()
  const response = await waitFor(() => client.get('/x').catch(() => undefined), { what: 'a call to succeed', timeoutMs: 2000, intervalMs: 50 })
  assert.equal(response.status, 200)
  assert.ok(Date.now() - readyAt < 2000)
  assert.equal(client.health().circuit, 'closed')
})

test('when an upstream stays down, then trial calls come ever less often, at most one per halfOpenAfterMs', async () => {
  const receivedAt: number[] = []
  const upstream = await startUpstream((_request, response) => {
    receivedAt.push(Date.now())
    json(response, 503, {})
  })
  const client = createHttpClient({
    upstream: 'down', urls: [upstream.url], retries: 0,
    circuitBreaker: { consecutiveFailures: 1, halfOpenAfterMs: 500 },
  })
  opened.push(upstream, client)
  await waitFor(async () => {
    await client.get('/x').catch(() => undefined)
    return receivedAt.length === 6
  }, { what: 'five trial calls', intervalMs: 5 })
  const waits = receivedAt.slice(1).map((at, i) => at - receivedAt[i]!)
  // Each wait is at least the one before, up to halfOpenAfterMs; a call is noticed within a few ms.
  assert.ok(waits.every((wait, i) => i === 0 || wait >= Math.min(waits[i - 1]!, 500) - 15), `the waits grow: ${waits.join(', ')}`)
  assert.ok(waits.at(-1)! >= 495, `the last wait is halfOpenAfterMs: ${waits.join(', ')}`)
})

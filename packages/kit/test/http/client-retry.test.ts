import assert from 'node:assert/strict'
import { after, test } from 'node:test'
import { waitFor } from '@bazaar/kit/testing'
import type { AppError } from '../../src/errors.ts'
import { createHttpClient, type HttpClient } from '../../src/http/client.ts'
import { json, startUpstream, type Upstream } from './upstream-server.ts'

const opened: (HttpClient | Upstream)[] = []
after(() => Promise.all(opened.map((thing) => ('close' in thing ? thing.close() : thing.kill()))))

async function setup(handle: Parameters<typeof startUpstream>[0], options: { timeoutMs?: number; retries?: number } = {}) {
  const upstream = await startUpstream(handle)
  const client = createHttpClient({ upstream: 'test', urls: [upstream.url], ...options })
  opened.push(upstream, client)
  return { upstream, client }
}

/** Answers 503 `failures` times, then 200. */
function flaky(failures: number) {
  let calls = 0
  return (_request: unknown, response: Parameters<typeof json>[0]) => {
    calls++
    if (calls <= failures) json(response, 503, { code: 'UNAVAILABLE', title: 'busy', status: 503 }, 'application/problem+json')
    else json(response, 200, { ok: true })
  }
}

test('when the upstream never answers, then the call fails with UPSTREAM_TIMEOUT after the timeout', async () => {
  const { client } = await setup(() => {}, { timeoutMs: 150, retries: 0 })
  const started = Date.now()
  await assert.rejects(client.get('/slow'), (error: AppError) => error.code === 'UPSTREAM_TIMEOUT')
  const elapsed = Date.now() - started
  assert.ok(elapsed >= 140 && elapsed < 2000, `took ${elapsed} ms`)
})

test('when the upstream sends headers and then stalls the body, then the timeout still fires', async () => {
  const { client } = await setup((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' })
    response.write('{"partial":')
  }, { timeoutMs: 150, retries: 0 })
  await assert.rejects(client.get('/stalls'), (error: AppError) => error.code === 'UPSTREAM_TIMEOUT')
})

test('when a GET gets 503 twice and then 200, then the retries make it succeed', async () => {
  const { upstream, client } = await setup(flaky(2))
  const response = await client.get<{ ok: boolean }>('/items', { query: { page: 2, skip: undefined } })
  assert.deepEqual(response.body, { ok: true })
  assert.equal(response.status, 200)
  assert.equal(upstream.received.length, 3)
  assert.equal(upstream.received[0]?.url, '/items?page=2')
})

test('when 503s outlast the retries, then the call fails with the upstream code after 1 + retries attempts', async () => {
  const { upstream, client } = await setup(flaky(10), { retries: 2 })
  await assert.rejects(client.get('/items'), (error: AppError) => error.code === 'UNAVAILABLE')
  assert.equal(upstream.received.length, 3)
})

test('when a POST gets 503, then it is not retried', async () => {
  const { upstream, client } = await setup(flaky(1))
  await assert.rejects(client.post('/orders', { sku: 'a' }), (error: AppError) => error.status === 503)
  assert.equal(upstream.received.length, 1)
  assert.equal(upstream.received[0]?.body, '{"sku":"a"}')
  assert.equal(upstream.received[0]?.headers['content-type'], 'application/json')
})

test('when a POST carries an Idempotency-Key, then it is retried like a GET', async () => {
  const { upstream, client } = await setup(flaky(1))
  const response = await client.post('/orders', { sku: 'a' }, { headers: { 'Idempotency-Key': 'k1' } })
  assert.equal(response.status, 200)
  assert.equal(upstream.received.length, 2)
})

test('when a GET gets a 500, then it is not retried (a bug repeats) and answers BAD_GATEWAY', async () => {
  const { upstream, client } = await setup((_request, response) => {
    response.writeHead(500, { 'content-type': 'text/plain' })
    response.end('TypeError: cannot read db.password at /srv/app.js:12')
  })
  await assert.rejects(client.get('/boom'), (error: AppError) => {
    assert.equal(error.code, 'BAD_GATEWAY')
    assert.doesNotMatch(`${error.message} ${error.detail}`, /password|TypeError/)
    return true
  })
  assert.equal(upstream.received.length, 1)
})

test('when the retry budget is spent, then no further attempt starts', async () => {
  const upstream = await startUpstream(() => {})
  const client = createHttpClient({ upstream: 'test', urls: [upstream.url], timeoutMs: 100, retries: 5, retryBudgetMs: 250 })
  opened.push(upstream, client)
  const started = Date.now()
  await assert.rejects(client.get('/slow'), (error: AppError) => error.code === 'UPSTREAM_TIMEOUT')
  assert.ok(upstream.received.length <= 3, `${upstream.received.length} attempts`)
  assert.ok(Date.now() - started < 1000)
})

test('when the caller aborts, then the call rejects with the abort reason and is not retried', async () => {
  const { upstream, client } = await setup(() => {}, { timeoutMs: 5000 })
  const controller = new AbortController()
  const call = client.get('/slow', { signal: controller.signal })
  await waitFor(() => upstream.received.length === 1)
  controller.abort(new Error('caller left'))
  await assert.rejects(call, /caller left/)
  assert.equal(upstream.received.length, 1)
})

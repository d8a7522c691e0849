import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { AppError } from '../../src/errors.ts'
import { createHttpClient, type HttpClient } from '../../src/http/client.ts'
import { inSpan, installTracing } from '../../src/tracing.ts'
import { json, startUpstream, type Upstream } from './upstream-server.ts'

const opened: (HttpClient | Upstream)[] = []
before(() => installTracing({ serviceName: 'kit-test' }))
after(() => Promise.all(opened.map((thing) => ('close' in thing ? thing.close() : thing.kill()))))

async function setup(handle: Parameters<typeof startUpstream>[0], token?: () => Promise<string | undefined>) {
  const upstream = await startUpstream(handle)
  const client = createHttpClient({ upstream: 'test', urls: [upstream.url], ...(token ? { token } : {}) })
  opened.push(upstream, client)
  return { upstream, client }
}

const ok = (_request: unknown, response: Parameters<typeof json>[0]) => json(response, 200, { ok: true })

test('when a call is made inside a span, then the upstream receives its traceparent', async () => {
  const { upstream, client } = await setup(ok)
  const traceId = await inSpan('kit-test', 'outer', async (span) => {
    await client.get('/x')
    return span.spanContext().traceId
  })
  const traceparent = upstream.received[0]?.headers.traceparent
  assert.match(String(traceparent), new RegExp(`^00-${traceId}-[0-9a-f]{16}-0[01]$`))
})

test('when a token source is given, then calls carry it as a Bearer authorization', async () => {
  const { upstream, client } = await setup(ok, async () => 'service-token')
  await client.get('/x')
  await client.get('/x', { authorization: 'Bearer user-token' })
  assert.equal(upstream.received[0]?.headers.authorization, 'Bearer service-token')
  assert.equal(upstream.received[1]?.headers.authorization, 'Bearer user-token')
})

test('when the upstream answers a problem with a known code, then the same code, title, detail, fields and extensions pass through', async () => {
  const { client } = await setup((_request, response) => json(response, 409, {
    type: 'https://bazaar.dev/problems/out-of-stock', title: 'Out of stock', status: 409, code: 'OUT_OF_STOCK',
    detail: 'Not enough stock for 1 line.', lines: [{ product_id: '7', requested: 3, available: 1 }],
  }, 'application/problem+json'))
  await assert.rejects(client.post('/reservations', { order_id: '1' }), (error: AppError) => {
    assert.equal(error.code, 'OUT_OF_STOCK')
    assert.equal(error.status, 409)
    assert.equal(error.message, 'Out of stock')
    assert.equal(error.detail, 'Not enough stock for 1 line.')
    assert.deepEqual(error.extensions, { lines: [{ product_id: '7', requested: 3, available: 1 }] })
    return true
  })
})

test('when the upstream answers a validation problem, then its fields pass through', async () => {
  const fields = [{ field: 'quantity', message: 'must be >= 1' }]
  const { client } = await setup((_request, response) => json(response, 400, { title: 'Invalid', status: 400, code: 'VALIDATION_FAILED', fields }, 'application/problem+json'))
  await assert.rejects(client.put('/x', {}), (error: AppError) => error.code === 'VALIDATION_FAILED' && JSON.stringify(error.fields) === JSON.stringify(fields))
})

test('when the upstream answers an unknown code or INTERNAL, then it does not pass through', async () => {
  let body: unknown = { code: 'SOMETHING_ELSE', status: 409, title: 'db constraint orders_pkey violated' }
  let status = 409
  const { client } = await setup((_request, response) => json(response, status, body, 'application/problem+json'))
  await assert.rejects(client.get('/x'), (error: AppError) => error.code === 'CONFLICT' && !error.message.includes('orders_pkey'))
  body = { code: 'INTERNAL', status: 500, title: 'Internal error' }
  status = 500
  await assert.rejects(client.get('/x'), (error: AppError) => error.code === 'BAD_GATEWAY')
})

test('when a 2xx body is not JSON, then it is returned as text; when it claims JSON but is not, then BAD_GATEWAY', async () => {
  let type = 'text/plain'
  const { client } = await setup((_request, response) => {
    response.writeHead(200, { 'content-type': type })
    response.end('plain {')
  })
  assert.equal((await client.get<string>('/x')).body, 'plain {')
  type = 'application/json'
  await assert.rejects(client.get('/x'), (error: AppError) => error.code === 'BAD_GATEWAY')
})

test('when the upstream answers 204, then the body is undefined', async () => {
  const { client } = await setup((_request, response) => { response.writeHead(204); response.end() })
  const response = await client.delete('/x')
  assert.equal(response.status, 204)
  assert.equal(response.body, undefined)
})

import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { Writable } from 'node:stream'
import { Type } from 'typebox'
import { createApp } from '../../src/service/create-app.ts'
import { createServiceMetrics } from '../../src/service/metrics.ts'
import { Readiness } from '../../src/service/readiness.ts'
import { createLogger } from '../../src/logger.ts'
import { installTracing } from '../../src/tracing.ts'
import { AppError } from '../../src/errors.ts'
import { DecimalAmount } from '../../src/money.ts'

installTracing({ serviceName: 'test' })
const lines: Record<string, unknown>[] = []
const sink = new Writable({ write(chunk, _encoding, done) { lines.push(JSON.parse(String(chunk))); done() } })
const readiness = new Readiness()
let databaseUp = true
readiness.add('database', async () => { if (!databaseUp) throw new Error('connection refused') })

const app = await createApp({ service: 'probe', log: createLogger('probe', 'info', sink), bodyLimit: 1024, metrics: createServiceMetrics('probe'), readiness })
app.post('/things', { schema: { body: Type.Object({ name: Type.String({ minLength: 1 }), count: Type.Integer({ minimum: 1 }) }, { additionalProperties: false }) } }, async (request) => ({ made: request.body.name }))
app.get('/things/:id', async (request) => {
  const { id } = request.params as { id: string }
  if (id === 'gone') throw new AppError('NOT_FOUND', 'No such thing', { detail: `thing ${id}` })
  if (id === 'boom') throw new Error('secret internals: password=hunter2')
  return { id }
})
app.post('/prices', { schema: { body: Type.Object({ price: DecimalAmount }) } }, async (request) => ({ price: request.body.price }))
await app.listen({ host: '127.0.0.1', port: 0 })
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`
after(() => app.close())

async function call(path: string, init: RequestInit = {}) {
  const response = await fetch(base + path, init)
  const text = await response.text()
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: text ? JSON.parse(text) : undefined, headers: response.headers }
}
const json = (body: string) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body })

test('when the body breaks its schema, then 400 VALIDATION_FAILED names the fields', async () => {
  const reply = await call('/things', json('{"name":"","extra":1}'))
  assert.equal(reply.status, 400)
  assert.match(reply.type, /^application\/problem\+json/)
  assert.equal(reply.body.code, 'VALIDATION_FAILED')
  assert.ok(reply.body.fields.length > 0)
  assert.ok(reply.body.fields.every((field: { field: string }) => field.field.startsWith('body')))
})

test('when the JSON is malformed, then 400 MALFORMED_REQUEST', async () => {
  const reply = await call('/things', json('{"name": '))
  assert.equal(reply.status, 400)
  assert.equal(reply.body.code, 'MALFORMED_REQUEST')
})

test('when the body is larger than the limit, then 413 PAYLOAD_TOO_LARGE', async () => {
  const reply = await call('/things', json(JSON.stringify({ name: 'x'.repeat(4096), count: 1 })))
  assert.equal(reply.status, 413)
  assert.equal(reply.body.code, 'PAYLOAD_TOO_LARGE')
})

test('when the content type is not JSON, then 415', async () => {
  const reply = await call('/things', { method: 'POST', headers: { 'content-type': 'text/csv' }, body: 'a,b' })
  assert.equal(reply.status, 415)
  assert.equal(reply.body.code, 'UNSUPPORTED_MEDIA_TYPE')
})

test('when a route throws an AppError, then its code, title and detail are the problem', async () => {
  const reply = await call('/things/gone')
  assert.deepEqual({ status: reply.status, code: reply.body.code, title: reply.body.title, detail: reply.body.detail }, { status: 404, code: 'NOT_FOUND', title: 'No such thing', detail: 'thing gone' })
  assert.equal(reply.body.instance, '/things/gone')
})

test('when a route fails unexpectedly, then 500 INTERNAL without internals, logged with the trace id', async () => {
  const reply = await call('/things/boom')
  assert.equal(reply.status, 500)
  assert.equal(reply.body.code, 'INTERNAL')
  assert.doesNotMatch(JSON.stringify(reply.body), /hunter2|internals/)
  const logged = lines.find((line) => line.message === 'request failed')
  assert.ok(logged?.trace_id, 'the failure is logged with a trace id')
})

test('when no route matches, then 404 problem', async () => {
  const reply = await call('/nowhere?x=1')
  assert.equal(reply.status, 404)
  assert.equal(reply.body.code, 'NOT_FOUND')
})

test('when a traceparent is sent, then the request log line carries its trace id', async () => {
  const traceId = '4bf92f3577b34da6a3ce929d0e0e4736'
  await call('/things/abc', { headers: { traceparent: `00-${traceId}-00f067aa0ba902b7-01` } })
  const line = lines.find((entry) => entry.url === '/things/abc' && entry.message === 'request')
  assert.equal(line?.trace_id, traceId)
  assert.equal(line?.service, 'probe')
})

test('when a dependency fails, then /ready is 503 while /health stays 200', async () => {
  assert.equal((await call('/ready')).status, 200)
  databaseUp = false
  const ready = await call('/ready')
  databaseUp = true
  assert.equal(ready.status, 503)
  assert.match(ready.body.checks.database, /down: connection refused/)
  assert.equal((await call('/health')).status, 200)
})

test('when /metrics is read, then it has the RED histogram by route template', async () => {
  await call('/things/xyz')
  const text = await (await fetch(`${base}/metrics`)).text()
  assert.match(text, /http_server_request_duration_seconds_bucket\{[^}]*route="\/things\/:id"[^}]*\}/)
})

test('when /docs/json is read, then the OpenAPI document describes the routes and their schemas', async () => {
  const { body } = await call('/docs/json')
  assert.equal(body.openapi, '3.1.0')
  assert.ok(body.paths['/things'].post.requestBody)
  assert.equal(body.paths['/health'], undefined)
})

test('when a price has two decimals, then it is valid; with three, 400', async () => {
  for (const price of [29.99, 0.07, 999.99, 12]) assert.equal((await call('/prices', json(JSON.stringify({ price })))).status, 200, `${price}`)
  const reply = await call('/prices', json('{"price":1.999}'))
  assert.equal(reply.status, 400)
  assert.equal(reply.body.fields[0].field, 'body.price')
})

test('when an id holds a NUL character, then 400 naming the field, never a 500', async () => {
  const reply = await call('/things/a%00b')
  assert.equal(reply.status, 400)
  assert.equal(reply.body.fields[0].field, 'params.id')
})

test('when a number is infinite (1e309 in a query or a body), then 400 naming the field, never a 500', async () => {
  const query = await call('/things/abc?count=1e309')
  assert.equal(query.status, 200, 'a route without a numeric query ignores it')
  const body = await call('/prices', json('{"price":1e309}'))
  assert.equal(body.status, 400)
  assert.equal(body.body.fields[0].field, 'body.price')
})

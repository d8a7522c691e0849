import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { waitFor } from '@bazaar/kit/testing'
import { call, customerToken, json, rawCall } from '../support/http.ts'
import { startPlatform, type Platform } from '../support/platform.ts'

const twoMegabytes = 2 * 1024 * 1024

describe('the proxy', () => {
  let platform: Platform
  before(async () => { platform = await startPlatform() })
  after(() => platform.stop())

  const assertProblem = (answer: { headers: Headers; json: Record<string, unknown> }, status: number, code: string) => {
    assert.equal(answer.headers.get('content-type'), 'application/problem+json; charset=utf-8')
    assert.equal(answer.json.status, status)
    assert.equal(answer.json.code, code)
  }

  test('when a path is under an exposed prefix, then it reaches the service with the prefix rewritten and the query kept', async () => {
    const answer = await call(`${platform.url}/api/echo/things/42?colour=red&size=2`, { headers: { accept: 'application/json' } })
    assert.equal(answer.status, 200)
    assert.equal(answer.json.url, '/echo/things/42?colour=red&size=2')
    assert.equal(answer.json.method, 'GET')
    assert.equal(answer.headers.get('x-echo-replica'), answer.json.replica)
    const exact = await call(`${platform.url}/api/echo?q=1`)
    assert.equal(exact.json.url, '/echo?q=1')
  })

  test('when a request carries headers, then the relevant ones pass, hop-by-hop ones are dropped and forwarding ones are set', async () => {
    const token = await customerToken(platform.url)
    const answer = await rawCall(platform.url, '/api/echo/headers', {
      method: 'PUT',
      headers: {
        'content-type': 'application/json', 'idempotency-key': 'key-1', authorization: `Bearer ${token}`, 'x-request-id': 'req-123',
        connection: 'keep-alive, x-private', 'x-private': 'for the gateway only', 'keep-alive': 'timeout=1', te: 'trailers',
      },
      body: '{"a":1}',
    })
    const seen = answer.json.headers as Record<string, string>
    assert.equal(seen['content-type'], 'application/json')
    assert.equal(seen['idempotency-key'], 'key-1')
    assert.equal(seen.authorization, `Bearer ${token}`)
    assert.equal(seen['x-request-id'], 'req-123')
    assert.equal(seen['x-forwarded-for'], '127.0.0.1')
    assert.equal(seen['x-forwarded-proto'], 'http')
    assert.equal(seen['keep-alive'], undefined)
    assert.equal(seen.te, undefined)
    assert.equal(seen['x-private'], undefined)
    assert.equal(answer.json.bytes, 7)
    assert.equal(answer.headers.get('x-request-id'), 'req-123')
    // The echo named x-hop in its Connection header: hop-by-hop, so the client never sees it.
    assert.equal(answer.headers.get('x-hop'), null)
  })

  test('when a request has no request id, then one is made, passed upstream and echoed back', async () => {
    const answer = await call(`${platform.url}/api/echo/id`)
    const id = answer.headers.get('x-request-id')
    assert.match(id ?? '', /^[0-9a-f-]{36}$/)
    assert.equal((answer.json.headers as Record<string, string>)['x-request-id'], id)
  })

  test('when a traceparent is sent, then the upstream gets the same trace id under the gateway\'s own span', async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736'
    const traceparent = `00-${traceId}-00f067aa0ba902b7-01`
    const answer = await call(`${platform.url}/api/echo/traced`, { headers: { traceparent } })
    const forwarded = (answer.json.headers as Record<string, string>).traceparent ?? ''
    assert.match(forwarded, new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`))
    assert.notEqual(forwarded, traceparent)
  })

  test('when the upstream answers a large body, then it streams through whole', async () => {
    const bytes = 20 * 1024 * 1024 + 17
    const response = await fetch(`${platform.url}/api/echo/large?bytes=${bytes}`)
    assert.equal(response.status, 200)
    assert.equal((await response.arrayBuffer()).byteLength, bytes)
  })

  test('when the upstream sends part of its answer and waits, then the client already has that part', async () => {
    const response = await fetch(`${platform.url}/api/echo/hold-stream`)
    const reader = response.body!.getReader()
    const first = await reader.read()
    assert.equal(Buffer.from(first.value!).toString(), 'first|')
    for (const echo of platform.echoes) echo.release()
    let rest = ''
    for (let part = await reader.read(); !part.done; part = await reader.read()) rest += Buffer.from(part.value).toString()
    assert.equal(rest, 'last')
  })

  test('when the client streams a body, then the upstream receives it before the client finished sending', async () => {
    let finish!: () => void
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(Buffer.from('a'.repeat(1000)))
        finish = () => { controller.enqueue(Buffer.from('b'.repeat(500))); controller.close() }
      },
    })
    const pending = call(`${platform.url}/api/echo/upload`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body, duplex: 'half' } as RequestInit)
    const entry = await waitFor(() => platform.echoes.flatMap((echo) => echo.received).find((r) => r.url === '/echo/upload' && r.bytes >= 1000), { what: 'the first part upstream' })
    assert.equal(entry.ended, false)
    finish()
    const answer = await pending
    assert.equal(answer.status, 200)
    assert.equal(answer.json.bytes, 1500)
  })

  test('when no route matches, then 404 problem', async () => {
    const answer = await call(`${platform.url}/api/nowhere/1`)
    assert.equal(answer.status, 404)
    assertProblem(answer, 404, 'NOT_FOUND')
    const prefixOnly = await call(`${platform.url}/api/echoes`)
    assert.equal(prefixOnly.status, 404)
  })

  test('when a method is not exposed on a path, then 404 problem', async () => {
    assert.equal((await call(`${platform.url}/api/readonly/1`)).status, 200)
    const answer = await call(`${platform.url}/api/readonly/1`, { method: 'DELETE' })
    assert.equal(answer.status, 404)
    assertProblem(answer, 404, 'NOT_FOUND')
  })

  test('when a path holds a dot segment, then 400 problem and nothing reaches the service', async () => {
    const sent = platform.echoes.flatMap((echo) => echo.received).length
    for (const path of ['/api/echo/../users', '/api/echo/a/%2e%2e/b', '/api/echo/./a']) {
      const answer = await rawCall(platform.url, path)
      assert.equal(answer.status, 400, path)
      assertProblem(answer, 400, 'MALFORMED_REQUEST')
    }
    assert.equal(platform.echoes.flatMap((echo) => echo.received).length, sent)
  })

  test('when a body of 2 MB is sent with its length, then 413 problem', async () => {
    const answer = await call(`${platform.url}/api/echo/upload`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: Buffer.alloc(twoMegabytes, 'a') })
    assert.equal(answer.status, 413)
    assertProblem(answer, 413, 'PAYLOAD_TOO_LARGE')
  })

  test('when a body of 2 MB is streamed without a length, then 413 problem', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 32; i++) controller.enqueue(Buffer.alloc(64 * 1024, 'a'))
        controller.close()
      },
    })
    const answer = await call(`${platform.url}/api/echo/chunked`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body, duplex: 'half' } as RequestInit)
    assert.equal(answer.status, 413)
    assertProblem(answer, 413, 'PAYLOAD_TOO_LARGE')
  })

  test('when the body is malformed JSON, then the service\'s 400 problem passes through', async () => {
    const answer = await call(`${platform.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email": "a@b.c", ' })
    assert.equal(answer.status, 400)
    assertProblem(answer, 400, 'MALFORMED_REQUEST')
  })

  test('when the service answers an error, then its status and problem pass through', async () => {
    const answer = await call(`${platform.url}/api/auth/login`, json('POST', { email: 'nobody@example.com', password: 'wrong-password' }))
    assert.equal(answer.status, 401)
    assertProblem(answer, 401, 'UNAUTHENTICATED')
  })

  test('when the upstream breaks the connection while the body streams, then 502 problem and the client\'s connection still serves', async () => {
    const answer = await call(`${platform.url}/api/echo/reset`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: Buffer.alloc(900_000, 'a') })
    assert.equal(answer.status, 502)
    assertProblem(answer, 502, 'BAD_GATEWAY')
    const next = await call(`${platform.url}/api/echo/after-reset`, json('POST', { ok: true }))
    assert.equal(next.status, 200)
  })

  test('when the service does not run, then 503 problem with Retry-After', async () => {
    const answer = await call(`${platform.url}/api/absent/1`)
    assert.equal(answer.status, 503)
    assertProblem(answer, 503, 'UNAVAILABLE')
    assert.ok(Number(answer.headers.get('retry-after')) >= 1)
  })

  test('when the service does not answer within its edge timeout, then 504 problem', async () => {
    const answer = await call(`${platform.url}/api/echo/hold`)
    for (const echo of platform.echoes) echo.release()
    assert.equal(answer.status, 504)
    assertProblem(answer, 504, 'UPSTREAM_TIMEOUT')
  })

  test('when / is asked for, then a page answers, not the API', async () => {
    const answer = await call(`${platform.url}/`)
    assert.equal(answer.status, 200)
    assert.match(answer.headers.get('content-type') ?? '', /^text\/html/)
  })
})

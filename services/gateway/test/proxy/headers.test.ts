import assert from 'node:assert/strict'
import { test } from 'node:test'
import { requestHeaders, responseHeaders } from '../../src/proxy/headers.ts'

const forwarding = { requestId: 'r-1', peerAddress: '10.1.1.1', proto: 'http', trace: { traceparent: '00-aaaa-bbbb-01' } }

test('when a request is forwarded, then hop-by-hop and forged headers are replaced by the gateway\'s own', () => {
  const headers = requestHeaders({
    host: 'shop.example', connection: 'keep-alive, x-secret', 'x-secret': 's', 'keep-alive': 'timeout=5', te: 'trailers',
    'transfer-encoding': 'chunked', expect: '100-continue', upgrade: 'websocket', 'proxy-authorization': 'p',
    traceparent: '00-forged', 'x-request-id': 'forged', 'x-forwarded-for': '1.2.3.4', 'x-forwarded-proto': 'https',
    accept: 'application/json', 'idempotency-key': 'k', authorization: 'Bearer t', cookie: 'a=1',
  }, forwarding)
  assert.deepEqual(headers, {
    accept: 'application/json', 'idempotency-key': 'k', authorization: 'Bearer t', cookie: 'a=1',
    'x-request-id': 'r-1', 'x-forwarded-for': '1.2.3.4, 10.1.1.1', 'x-forwarded-proto': 'http', 'x-forwarded-host': 'shop.example',
    traceparent: '00-aaaa-bbbb-01',
  })
})

test('when an answer comes back, then its hop-by-hop headers stay behind', () => {
  const headers = responseHeaders({
    'content-type': 'application/json', 'set-cookie': ['a=1', 'b=2'], connection: 'keep-alive, x-inner', 'x-inner': 'i',
    'keep-alive': 'timeout=5', 'transfer-encoding': 'chunked', 'content-length': '10', location: '/x', absent: undefined,
  })
  assert.deepEqual(headers, { 'content-type': 'application/json', 'set-cookie': ['a=1', 'b=2'], 'content-length': '10', location: '/x' })
})

import assert from 'node:assert/strict'
import { after, test } from 'node:test'
import { waitFor } from '@bazaar/kit/testing'
import { createHttpClient, type HttpClient } from '../../src/http/client.ts'
import { deadUrl, json, startUpstream, type Upstream } from './upstream-server.ts'

const opened: (HttpClient | Upstream)[] = []
after(() => Promise.all(opened.map((thing) => ('close' in thing ? thing.close() : thing.kill()))))

const ok = (_request: unknown, response: Parameters<typeof json>[0]) => json(response, 200, { ok: true })

test('when both replicas are up, then calls alternate between them', async () => {
  const [a, b] = [await startUpstream(ok), await startUpstream(ok)]
  const client = createHttpClient({ upstream: 'pair', urls: [a.url, b.url] })
  opened.push(a, b, client)
  for (let call = 0; call < 6; call++) await client.get('/x')
  assert.equal(a.received.length, 3)
  assert.equal(b.received.length, 3)
})

test('when one replica is killed, then calls still succeed, it is ejected, and once back it gets traffic again', async () => {
  const [a, b] = [await startUpstream(ok), await startUpstream(ok)]
  const client = createHttpClient({ upstream: 'pair', urls: [a.url, b.url], ejectionMs: 1000, circuitBreaker: { consecutiveFailures: 2, halfOpenAfterMs: 10_000 } })
  opened.push(a, b, client)
  await client.get('/warm')
  await client.get('/warm')

  await b.kill()
  for (let call = 0; call < 6; call++) {
    const response = await client.get('/x')
    assert.equal(response.status, 200)
  }
  assert.deepEqual(client.health().replicas.map((replica) => replica.ejected), [false, true])
  assert.equal(client.health().circuit, 'closed')

  await b.revive()
  const before = b.received.length
  await waitFor(async () => {
    await client.get('/x')
    return b.received.length > before
  }, { what: 'the revived replica to get traffic' })
  assert.deepEqual(client.health().replicas.map((replica) => replica.ejected), [false, false])
})

test('when a replica refuses connections, then even a POST goes to the other one (nothing was sent)', async () => {
  const a = await startUpstream(ok)
  const client = createHttpClient({ upstream: 'pair', urls: [await deadUrl(), a.url] })
  opened.push(a, client)
  for (let call = 0; call < 3; call++) {
    const response = await client.post('/orders', { n: call })
    assert.equal(response.status, 200)
  }
  assert.equal(a.received.length, 3)
})

test('when a replica answers 503, then it is ejected and the others take the traffic', async () => {
  const sick = await startUpstream((_request, response) => json(response, 503, {}))
  const well = await startUpstream(ok)
  const client = createHttpClient({ upstream: 'pair', urls: [sick.url, well.url], ejectionMs: 60_000 })
  opened.push(sick, well, client)
  for (let call = 0; call < 5; call++) await client.get('/x')
  assert.equal(sick.received.length, 1)
  assert.equal(well.received.length, 5)
})

test('when a URL has a base path, then it prefixes every request path', async () => {
  const a = await startUpstream(ok)
  const client = createHttpClient({ upstream: 'prefixed', urls: [`${a.url}/api/`] })
  opened.push(a, client)
  await client.get('/products')
  assert.equal(a.received[0]?.url, '/api/products')
})

import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createHttpClient, createLruCache, type HttpClient } from '@bazaar/kit'
import { dependencyPolicy, loadTopology } from '@bazaar/topology'
import { createRatingsLookup } from '../../src/clients/ratings.ts'
import type { RatingsLookup } from '../../src/domain/read-deps.ts'
import { safeCache } from '../../src/domain/safe-cache.ts'

// A stand-in ratings upstream behind the real HTTP client, with the catalog -> ratings edge's
// policy from the topology (500 ms, no retries): how the lookup behaves when ratings is slow,
// failing or fine.
type Behaviour = 'hang' | 'fail' | 'ok'
let behaviour: Behaviour = 'ok'
const asked: string[] = []
const hanging = new Set<ServerResponse>()

function answer(request: IncomingMessage, response: ServerResponse): void {
  const ids = new URL(request.url ?? '/', 'http://x').searchParams.get('product_ids') ?? ''
  asked.push(ids)
  if (behaviour === 'hang') {
    hanging.add(response)
    return
  }
  if (behaviour === 'fail') {
    response.writeHead(500, { 'content-type': 'application/json' }).end('{"code":"INTERNAL"}')
    return
  }
  const items = ids.split(',').filter((id) => id !== '404').map((id) => ({ product_id: id, average: Number(id) % 5 + 0.5, count: Number(id) }))
  response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ items }))
}

const server = createServer(answer)
let http: HttpClient
let timeoutMs: number

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const topology = await loadTopology(new URL('../../../../topology.yaml', import.meta.url).pathname)
  const policy = dependencyPolicy(topology, 'catalog', 'ratings')
  timeoutMs = policy.timeoutMs
  // The breaker would open after a few failures; each test wants the raw behaviour.
  http = createHttpClient({ upstream: 'ratings', urls: [`http://127.0.0.1:${(server.address() as AddressInfo).port}`], ...policy, circuitBreaker: { consecutiveFailures: 1000, halfOpenAfterMs: 1000 } })
})
after(async () => {
  for (const response of hanging) response.destroy()
  await http.close()
  server.close()
})

function lookup(available = true): RatingsLookup {
  return createRatingsLookup({ available: () => available, client: () => http, cache: safeCache(createLruCache()), ttlMs: 10_000 })
}

describe('ratings lookup', () => {
  it('when ratings answers, then each product gets its rating, an unrated one { average: null, count: 0 }, and the next read is cached', async () => {
    behaviour = 'ok'
    const ratings = lookup()
    const found = await ratings(['1', '2', '404'])
    assert.deepEqual(found.get('1'), { average: 1.5, count: 1 })
    assert.deepEqual(found.get('404'), { average: null, count: 0 })
    const calls = asked.length
    assert.deepEqual((await ratings(['2'])).get('2'), { average: 2.5, count: 2 })
    assert.equal(asked.length, calls, 'served from the cache')
  })

  it('when ratings is slow, then the products get null within the edge\'s timeout', async () => {
    behaviour = 'hang'
    const started = Date.now()
    const found = await lookup()(['7'])
    const elapsed = Date.now() - started
    assert.equal(found.get('7'), null)
    assert.ok(elapsed >= timeoutMs - 50 && elapsed < timeoutMs + 2500, `${elapsed} ms`)
  })

  it('when ratings fails, then null, which is not cached: the next read asks again', async () => {
    behaviour = 'fail'
    const ratings = lookup()
    assert.equal((await ratings(['8'])).get('8'), null)
    behaviour = 'ok'
    assert.deepEqual((await ratings(['8'])).get('8'), { average: 3.5, count: 8 })
  })

  it('when ratings does not run at all, then null without a call', async () => {
    const calls = asked.length
    assert.equal((await lookup(false)(['9'])).get('9'), null)
    assert.equal(asked.length, calls)
  })

  it('when more than 100 products are asked for, then they go in batches of 100', async () => {
    behaviour = 'ok'
    const calls = asked.length
    const ids = Array.from({ length: 250 }, (_, i) => String(1000 + i))
    const found = await lookup()(ids)
    assert.equal(found.size, 250)
    assert.ok([...found.values()].every((rating) => rating !== null))
    assert.deepEqual(asked.slice(calls).map((batch) => batch.split(',').length).sort(), [100, 100, 50])
  })
})

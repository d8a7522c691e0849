import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { after, before, describe, test } from 'node:test'
import { createRedisCache, defineService, startService, type RunningService, type Runtime } from '@bazaar/kit'
import { freePort, startRedisServer, waitFor, type RedisServer } from '@bazaar/kit/testing'
import { parseTopology } from '@bazaar/topology'
import { loginRateLimit, registerRateLimits } from '../../src/edge/rate-limits.ts'

const limits = { max: 4, windowMs: 60_000, loginMax: 2, trustedHops: 1 }

/** A gateway replica reduced to its rate limits: one plain route and one login route. */
const limitedGateway = defineService({
  name: 'gateway',
  config: {},
  uses: { cache: true },
  deps: (ctx) => ctx.cache,
  async routes(app, cache) {
    await registerRateLimits(app, limits, cache)
    app.get('/hello', async () => ({ hello: 'world' }))
    app.post('/login', { config: { rateLimit: loginRateLimit(limits) } }, async () => ({ token: 'x' }))
  },
})

/** Answers within a few seconds, or the test fails: a cache outage must not slow the gateway down. */
async function call(url: string, address: string, method = 'GET'): Promise<number> {
  const response = await fetch(url, { method, headers: { 'x-forwarded-for': address }, signal: AbortSignal.timeout(3000) })
  await response.arrayBuffer()
  return response.status
}

describe('rate limits counted in Redis', () => {
  let redis: RedisServer
  let replicas: RunningService[]

  before(async () => {
    redis = await startRedisServer()
    const topologyFile = new URL('../support/topology.yaml', import.meta.url)
    const topology = parseTopology(await readFile(topologyFile, 'utf8'), topologyFile.pathname)
    // Two replicas, each with its own connection to the one Redis, as in distributed mode.
    replicas = await Promise.all([0, 1].map(async () => {
      const port = await freePort()
      const runtime: Runtime = {
        mode: 'distributed',
        topology,
        env: {},
        overrides: () => ({ PORT: port, LOG_LEVEL: 'silent' }),
        openDb: () => Promise.reject(new Error('no database here')),
        openBus: () => Promise.reject(new Error('no bus here')),
        openCache: (service) => Promise.resolve(createRedisCache(redis.url, { namespace: service })),
        // Token verification is never reached: no request here carries a token.
        urls: () => ['http://127.0.0.1:1'],
      }
      return startService(limitedGateway, runtime)
    }))
  })
  after(async () => {
    await Promise.all(replicas.map((replica) => replica.stop()))
    await redis.stop()
  })

  const at = (replica: number, path: string) => `${replicas[replica]?.url}${path}`

  test('when one client calls two replicas in turn, then they count together and the limit holds across both', async () => {
    const statuses = []
    for (let i = 0; i < limits.max + 2; i++) statuses.push(await call(at(i % 2, '/hello'), '10.1.0.1'))
    assert.deepEqual(statuses, [200, 200, 200, 200, 429, 429])
    const refused = await fetch(at(0, '/hello'), { headers: { 'x-forwarded-for': '10.1.0.1' } })
    assert.equal((await refused.json() as { code: string }).code, 'RATE_LIMITED')
    const retryAfter = Number(refused.headers.get('retry-after'))
    assert.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}: what is left of the window`)
    assert.equal(await call(at(0, '/hello'), '10.1.0.2'), 200, 'another client has its own count')
  })

  test('when a client used up the global limit, then its login attempts are counted apart, on both replicas too', async () => {
    for (let i = 0; i < limits.max; i++) await call(at(i % 2, '/hello'), '10.1.0.3')
    assert.equal(await call(at(0, '/hello'), '10.1.0.3'), 429)
    const logins = []
    for (let i = 0; i < limits.loginMax + 1; i++) logins.push(await call(at(i % 2, '/login'), '10.1.0.3', 'POST'))
    assert.deepEqual(logins, [200, 200, 429])
  })

  test('when Redis is down, then both replicas keep answering, uncounted, logins are refused with 503, and all count again once it is back', async () => {
    await redis.stop()
    for (let i = 0; i < limits.max * 2; i++) assert.equal(await call(at(i % 2, '/hello'), '10.1.0.4'), 200)
    assert.equal(await call(at(0, '/login'), '10.1.0.4', 'POST'), 503, 'password guessing is never let through uncounted')

    await redis.start()
    let probe = 0
    const counts = async (replica: number) => {
      const response = await fetch(at(replica, '/hello'), { headers: { 'x-forwarded-for': `10.2.0.${++probe}` } })
      await response.arrayBuffer()
      return response.headers.get('x-ratelimit-remaining') === String(limits.max - 1)
    }
    for (const replica of [0, 1]) await waitFor(() => counts(replica), { what: `replica ${replica} to count again` })
    const statuses = []
    for (let i = 0; i < limits.max + 1; i++) statuses.push(await call(at(i % 2, '/hello'), '10.1.0.5'))
    assert.deepEqual(statuses, [200, 200, 200, 200, 429])
  })
})

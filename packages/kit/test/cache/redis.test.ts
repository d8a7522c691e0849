import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:net'
import { test } from 'node:test'
import { Redis } from 'ioredis'
import { needServer, waitFor, freePort, startRedisServer, tcpProxy } from '@bazaar/kit/testing'
import { createRedisCache } from '../../src/cache/redis.ts'
import { isAppError } from '../../src/errors.ts'
import { logLines } from '../log-lines.ts'

const namespace = () => `test-redis-${randomBytes(6).toString('hex')}`

/** Rejects within `ms` with the 503 a route would answer. */
async function rejectsWithin(call: Promise<unknown>, ms: number): Promise<void> {
  const started = Date.now()
  await assert.rejects(call, (error) => isAppError(error) && error.code === 'UNAVAILABLE' && error.retryAfter === 1)
  assert.ok(Date.now() - started < ms, `took ${Date.now() - started} ms`)
}

test('when Redis is not listening, then every call rejects within a second instead of hanging', async () => {
  const cache = createRedisCache(`redis://127.0.0.1:${await freePort()}`, { namespace: namespace() })
  await rejectsWithin(cache.set('k', 1), 1000)
  await rejectsWithin(cache.get('k'), 1000)
  await rejectsWithin(cache.increment('k', 1, 1000), 1000)
  await rejectsWithin(cache.update('k', () => 1), 1000)
  await rejectsWithin(cache.delete('k'), 1000)
  await rejectsWithin(cache.ping(), 1000)
  await cache.close()
})

test('when Redis accepts connections but never answers, then calls reject within about a second', async (t) => {
  const silent = createServer((socket) => socket.resume()).listen(0, '127.0.0.1')
  await new Promise((resolve) => silent.once('listening', resolve))
  const { port } = silent.address() as { port: number }
  const cache = createRedisCache(`redis://127.0.0.1:${port}`, { namespace: namespace() })
  t.after(async () => {
    await cache.close()
    silent.close()
  })
  // The first call waits for the first connection attempt, which times out after 1 s.
  await rejectsWithin(cache.get('k'), 1500)
  await rejectsWithin(cache.set('k', 1), 1000)
})

test('when a value is stored, then its Redis key is prefixed with the namespace and holds JSON', async (t) => {
  const url = await needServer(t, 'redis')
  if (!url) return
  const ns = namespace()
  const cache = createRedisCache(url, { namespace: ns })
  const raw = new Redis(url)
  t.after(async () => {
    await raw.del(`${ns}:product`, `${ns}:hits`)
    await Promise.all([cache.close(), raw.quit()])
  })
  await cache.set('product', { id: '7' }, 60_000)
  await cache.increment('hits', 2, 60_000)
  assert.equal(await raw.get(`${ns}:product`), '{"id":"7"}')
  assert.equal(await raw.get(`${ns}:hits`), '2')
  assert.ok(Number(await raw.pttl(`${ns}:hits`)) > 0)
})

test('when Redis goes away and comes back, then calls fail fast meanwhile and work again without help', async (t) => {
  const url = await needServer(t, 'redis')
  if (!url) return
  const proxy = await tcpProxy(url)
  const cache = createRedisCache(proxy.url, { namespace: namespace() })
  t.after(async () => {
    await cache.delete('k')
    await cache.close()
    await proxy.close()
  })
  await cache.set('k', 'before', 60_000)

  proxy.refuse(true)
  proxy.drop()
  await waitFor(() => cache.get('k').then(() => false, () => true), { what: 'calls to fail' })
  await rejectsWithin(cache.get('k'), 1000)
  await assert.rejects(cache.ping())

  proxy.refuse(false)
  await waitFor(() => cache.ping().then(() => true), { what: 'the reconnection' })
  assert.equal(await cache.get('k'), 'before')
})

test('when its Redis stops and starts again, then calls fail at once meanwhile, work again by themselves, and the outage is logged once', async (t) => {
  const server = await startRedisServer()
  const { logger: log, lines } = logLines()
  const cache = createRedisCache(server.url, { namespace: namespace(), log })
  t.after(async () => {
    await cache.close()
    await server.stop()
  })
  await cache.set('k', 'before')

  await server.stop()
  await waitFor(() => cache.get('k').then(() => false, () => true), { what: 'calls to fail' })
  for (let i = 0; i < 20; i++) await rejectsWithin(cache.get('k'), 1000)
  await rejectsWithin(cache.update('k', () => 'during'), 1000)

  await server.start()
  await waitFor(() => cache.ping().then(() => true), { what: 'the reconnection' })
  // A restarted Redis without persistence is empty.
  assert.equal(await cache.get('k'), undefined)
  assert.equal(await cache.update('k', () => 'after'), 'after')
  assert.deepEqual(lines.filter((line) => line.level !== 'debug').map((line) => line.level), ['warn', 'info'])
})

test('when a write fails because the connection was cut under it, then it never runs later, once Redis is back', async (t) => {
  const server = await startRedisServer()
  const proxy = await tcpProxy(server.url)
  const ns = namespace()
  const [cache, direct] = [createRedisCache(proxy.url, { namespace: ns }), createRedisCache(server.url, { namespace: ns })]
  t.after(async () => {
    await Promise.all([cache.close(), direct.close()])
    await proxy.close()
    await server.stop()
  })
  await cache.set('k', 'kept')
  proxy.refuse(true)
  proxy.drop()
  // Sent before the client noticed the cut: the caller is told it failed.
  await rejectsWithin(cache.delete('k'), 1500)
  proxy.refuse(false)
  await waitFor(() => cache.ping().then(() => true), { what: 'the reconnection' })
  assert.equal(await direct.get('k'), 'kept')
})

import { after, describe, it, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { Writable } from 'node:stream'
import { createLogger, createLruCache, createRedisCache, type Cache } from '@bazaar/kit'
import { needServer, startRedisServer, waitFor } from '@bazaar/kit/testing'
import { createCatalogCache } from '../../src/domain/catalog-cache.ts'
import type { Product } from '../../src/domain/product.ts'
import { safeCache } from '../../src/domain/safe-cache.ts'

const product = (price: number): Product => ({
  productId: '1', name: 'Kettle', description: '', priceMinor: price, currency: 'USD', category: 'home-kitchen',
  images: [], attributes: {}, weightGrams: 900, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z',
})

/** The catalog cache's behaviour, run against each Cache adapter. */
function catalogCacheSuite(name: string, open: (t: TestContext) => Promise<Cache | undefined>): void {
  describe(`catalog cache on ${name}`, () => {
    it('when a product is read twice, then the second read is cached; invalidate drops it', async (t) => {
      const cache = await open(t)
      if (!cache) return
      const catalog = createCatalogCache(safeCache(cache), 30_000)
      let loads = 0
      const load = async () => product(100 + loads++)
      assert.equal((await catalog.product('1', load))?.priceMinor, 100)
      assert.equal((await catalog.product('1', load))?.priceMinor, 100)
      await catalog.invalidate('1')
      assert.equal((await catalog.product('1', load))?.priceMinor, 101)
      assert.equal(await catalog.product('2', async () => undefined), undefined)
    })

    it('when any product changes, then every cached list answer is dropped at once', async (t) => {
      const cache = await open(t)
      if (!cache) return
      const catalog = createCatalogCache(safeCache(cache), 30_000)
      let version = 0
      const load = async () => ({ version: version++ })
      assert.deepEqual(await catalog.listing('page-a', load), { version: 0 })
      assert.deepEqual(await catalog.listing('page-b', load), { version: 1 })
      assert.deepEqual(await catalog.listing('page-a', load), { version: 0 })
      await catalog.invalidate()
      assert.deepEqual(await catalog.listing('page-a', load), { version: 2 })
      assert.deepEqual(await catalog.listing('page-b', load), { version: 3 })
    })
  })
}

const opened: Cache[] = []
after(() => Promise.all(opened.map((cache) => cache.close())))

catalogCacheSuite('the in-process LRU', async () => createLruCache())
catalogCacheSuite('Redis', async (t) => {
  const url = await needServer(t, 'redis')
  if (!url) return undefined
  const cache = createRedisCache(url, { namespace: `catalog-test-${randomUUID()}` })
  opened.push(cache)
  // Every key this suite writes, so Redis is left as it was.
  t.after(() => cache.delete('product:1', 'product:2', 'listings:generation', ...[0, 1, 2].flatMap((g) => [`listing:${g}:page-a`, `listing:${g}:page-b`])))
  return cache
})

describe('catalog cache while the cache is down', () => {
  it('when Redis is unreachable, then reads load from the source and invalidation does not throw', async () => {
    const cache = createRedisCache('redis://127.0.0.1:1', { namespace: 'catalog-down' })
    opened.push(cache)
    const catalog = createCatalogCache(safeCache(cache), 30_000)
    assert.equal((await catalog.product('1', async () => product(5)))?.priceMinor, 5)
    assert.deepEqual(await catalog.listing('page', async () => ({ ok: true })), { ok: true })
    await catalog.invalidate('1')
  })
})

describe('catalog cache through an outage', () => {
  it('when Redis stops and starts again, then reads keep loading from the source, the outage is logged once, and the cache is used again after', async (t) => {
    const server = await startRedisServer()
    const lines: { level: string }[] = []
    const sink = new Writable({ write(chunk: Buffer, _encoding, done) { lines.push(JSON.parse(chunk.toString())); done() } })
    const cache = createRedisCache(server.url, { namespace: 'catalog' })
    t.after(async () => {
      await cache.close()
      await server.stop()
    })
    // The routes and the event consumer share the service's one catalog cache.
    const catalog = createCatalogCache(safeCache(cache, createLogger('catalog', 'info', sink)), 30_000)
    let loads = 0
    const load = async () => product(100 + loads++)
    await catalog.product('1', load)
    assert.equal((await catalog.product('1', load))?.priceMinor, 100, 'cached')

    await server.stop()
    for (let i = 0; i < 20; i++) await catalog.product('1', load)
    await catalog.invalidate('1')
    assert.equal(loads, 21, 'every read went to the source')
    assert.deepEqual(lines.map((line) => line.level), ['warn'])

    await server.start()
    await waitFor(async () => {
      await catalog.product('1', load)
      return (await cache.get('product:1')) !== undefined
    }, { what: 'the cache to be filled again' })
    const before = loads
    await catalog.product('1', load)
    assert.equal(loads, before, 'read from the cache again')
    assert.deepEqual(lines.map((line) => line.level), ['warn', 'info'])
  })
})

import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { test } from 'node:test'
import { createEmbeddedRuntime, createPostgresDb, createRedisCache, startService, type Runtime } from '@bazaar/kit'
import { freePort, jsonClient, needServer, startRedisServer, waitFor } from '@bazaar/kit/testing'
import { loadTopology } from '@bazaar/topology'
import { service as catalog } from '../../src/app.ts'

type Page = { items: { product_id: string; name: string }[] }

/** Answers within a few seconds, or the test fails: a cache outage must not slow the catalog down. */
async function read<T>(url: string): Promise<{ status: number; body: T }> {
  const response = await fetch(url, { signal: AbortSignal.timeout(3000) })
  return { status: response.status, body: await response.json() as T }
}

test('when Redis stops, then product reads and search keep answering from PostgreSQL, and the cache is used again once it is back', async (t) => {
  const databaseUrl = await needServer(t, 'postgres')
  if (!databaseUrl) return
  const redisServer = await startRedisServer()
  const schema = `test_catalog_${randomBytes(6).toString('hex')}`
  const port = await freePort()
  // The catalog as it runs distributed: PostgreSQL and Redis; the in-process bus stands in for RabbitMQ.
  const embedded = await createEmbeddedRuntime({
    topology: await loadTopology(new URL('../../../../topology.yaml', import.meta.url).pathname),
    overrides: () => ({ PORT: port, LOG_LEVEL: 'silent' }),
    // Nobody else runs: reads need no token, and products answer without ratings.
    urls: (service) => (service === 'users' ? ['http://127.0.0.1:1'] : []),
  })
  const runtime: Runtime = {
    ...embedded,
    mode: 'distributed',
    openDb: () => createPostgresDb(databaseUrl, { schema }),
    openCache: (service) => Promise.resolve(createRedisCache(redisServer.url, { namespace: service })),
  }
  const running = await startService(catalog, runtime)
  const cached = createRedisCache(redisServer.url, { namespace: 'catalog' })
  t.after(async () => {
    await running.stop()
    await embedded.close()
    await cached.close()
    await redisServer.stop()
    const db = await createPostgresDb(databaseUrl)
    await db.query(`drop schema ${schema} cascade`)
    await db.close()
  })
  const api = jsonClient(running.url)
  const [first] = (await api.get<Page>('/products?limit=1')).body.items
  assert.ok(first, 'the demo products were created')
  const word = first.name.split(' ')[0] ?? first.name
  const productUrl = `${running.url}/products/${first.product_id}`
  const searchUrl = `${running.url}/products?q=${encodeURIComponent(word)}`
  assert.equal((await read(productUrl)).status, 200)
  assert.ok(await cached.get(`product:${first.product_id}`), 'the product is cached')

  await redisServer.stop()
  for (let i = 0; i < 5; i++) {
    const product = await read<{ product_id: string }>(productUrl)
    assert.deepEqual([product.status, product.body.product_id], [200, first.product_id])
    const search = await read<Page>(searchUrl)
    assert.equal(search.status, 200)
    assert.ok(search.body.items.some((item) => item.product_id === first.product_id), `"${word}" finds the product`)
  }

  await redisServer.start()
  // A Redis without persistence comes back empty; the next reads fill it again.
  await waitFor(async () => {
    await read(productUrl)
    return (await cached.get(`product:${first.product_id}`)) !== undefined
  }, { what: 'the catalog to cache the product again' })
})

import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { missingServers, startRedisServer, waitFor, type RedisServer } from '@bazaar/kit/testing'
import { startDistributedShop, type DistributedShop } from '../support/distributed-shop.ts'
import type { Product } from '../support/shapes.ts'

const skip = await missingServers(['postgres', 'amqp'])
let redis: RedisServer
let shop: DistributedShop

before(async () => {
  if (skip) return
  // A Redis of this test's own: stopping it is the outage, and nobody else uses it.
  redis = await startRedisServer()
  shop = await startDistributedShop({ env: { REDIS_URL: redis.url } })
})
after(async () => {
  await shop?.stop()
  await redis?.stop()
})

/** Browsing customers: product pages and searches, every answer's status counted. */
function browseLoad(products: readonly Product[]) {
  const statuses = new Map<number, number>()
  let running = true
  const workers = Array.from({ length: 4 }, async (_, worker) => {
    for (let i = worker; running; i++) {
      const product = products[i % products.length]!
      const path = i % 2 === 0 ? `/api/products/${product.product_id}` : `/api/products?q=${encodeURIComponent(product.name)}`
      const status = (await shop.api.get(path).catch(() => ({ status: 0 }))).status
      statuses.set(status, (statuses.get(status) ?? 0) + 1)
    }
  })
  return {
    answered: () => [...statuses.values()].reduce((sum, count) => sum + count, 0),
    async stop() {
      running = false
      await Promise.all(workers)
      return statuses
    },
  }
}

test('when Redis stops and starts again during a browse load, then the catalog answers throughout, the cart answers 503 with Retry-After at once, and both recover by themselves', { skip, timeout: 180_000 }, async (t) => {
  const admin = await shop.adminToken()
  const products = await Promise.all(['Cedar Chopping Board', 'Linen Apron', 'Copper Whisk'].map(async (name) => {
    const created = await shop.api.post<Product>('/api/products', { name: `${name} ${Date.now()}`, price: 19.5, stock: 50 }, { token: admin })
    assert.equal(created.status, 201, created.text)
    return created.body
  }))
  const { token } = await shop.api.customer('Outage')
  assert.equal((await shop.api.post('/api/cart/items', { product_id: products[0]!.product_id, quantity: 1 }, { token })).status, 201)

  const load = browseLoad(products)
  await waitFor(() => load.answered() >= 20, { what: 'the browse load to run' })
  await redis.stop()
  const answeredWhenStopped = load.answered()

  const began = Date.now()
  const cart = await fetch(`${shop.url('gateway')}/api/cart`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(5000) })
  const seconds = (Date.now() - began) / 1000
  t.diagnostic(`the cart answered ${cart.status} in ${seconds.toFixed(2)} s while Redis was down`)
  assert.equal(cart.status, 503)
  assert.match(cart.headers.get('content-type') ?? '', /application\/problem\+json/)
  assert.ok(Number(cart.headers.get('retry-after')) >= 1, 'Retry-After tells when to come back')
  assert.equal(((await cart.json()) as { code: string }).code, 'UNAVAILABLE')
  assert.ok(seconds < 3, 'a 503 at once, not a hang')
  await waitFor(() => load.answered() >= answeredWhenStopped + 40, { timeoutMs: 30_000, what: 'browsing to go on while Redis is down' })

  await redis.start()
  await waitFor(async () => (await shop.api.post('/api/cart/items', { product_id: products[1]!.product_id, quantity: 2 }, { token })).status === 201, { timeoutMs: 30_000, intervalMs: 250, what: 'the cart to work again' })
  const after = await shop.api.get<{ items: { product_id: string; quantity: number }[] }>('/api/cart', { token })
  assert.equal(after.status, 200)
  assert.ok(after.body.items.some((item) => item.product_id === products[1]!.product_id && item.quantity === 2))

  const statuses = await load.stop()
  t.diagnostic(`browse answers by status: ${JSON.stringify(Object.fromEntries(statuses))}`)
  assert.deepEqual([...statuses.keys()], [200], 'every product read and search answered 200')
})

import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRedisCache, type Cache } from '@bazaar/kit'
import { startRedisServer, tcpProxy, waitFor, type RedisServer, type TcpProxy } from '@bazaar/kit/testing'
import { orderCreated } from './support/order-created.ts'
import { createProduct, startCartPlatform, type CartPlatform } from './support/platform.ts'

type Cart = { items: { product_id: string; quantity: number }[] }

// The cart service keeps carts in a Redis of the test's own, reached through a proxy: cutting the
// proxy is an outage that keeps the data, stopping the server one that loses it.
let redisServer: RedisServer
let proxy: TcpProxy
let redis: Cache
let dataDir: string
let world: CartPlatform
let pen: string
let clip: string

const redisCarts = () => startCartPlatform({ dataDir, cart: { CART_STORE: 'redis', REDIS_URL: proxy.url } })
const quantities = async (token: string) =>
  (await world.cart.get<Cart>('/cart', token)).body.items.map((item) => [item.product_id, item.quantity])

/** A cart route answers within a few seconds, or the test fails: an outage must not hang a request. */
async function call(method: string, path: string, token: string, body?: unknown) {
  const response = await fetch(world.platform.url('cart') + path, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(3000),
  })
  return { status: response.status, type: response.headers.get('content-type'), retryAfter: response.headers.get('retry-after'), body: await response.json() as Record<string, unknown> }
}

before(async () => {
  redisServer = await startRedisServer()
  proxy = await tcpProxy(redisServer.url)
  redis = createRedisCache(redisServer.url, { namespace: 'cart' })
  dataDir = await mkdtemp(join(tmpdir(), 'bazaar-redis-cart-'))
  world = await redisCarts()
  pen = await createProduct(world, 'Fountain pen', 19.99, 10)
  clip = await createProduct(world, 'Paper clip', 0.1, 3)
})
after(async () => {
  await world?.stop()
  await redis?.close()
  await proxy?.close()
  await redisServer?.stop()
  await rm(dataDir, { recursive: true, force: true })
})

describe('carts in Redis', () => {
  it('when a customer adds the same product ten times at once and other products alongside, then no add is lost', async () => {
    const { token } = await world.customer()
    const adds = await Promise.all([
      ...Array.from({ length: 10 }, () => world.cart.post('/cart/items', { product_id: pen, quantity: 1 }, token)),
      world.cart.post('/cart/items', { product_id: clip, quantity: 2 }, token),
    ])
    assert.deepEqual(adds.map((reply) => reply.status).sort(), [200, 200, 200, 200, 200, 200, 200, 200, 200, 201, 201])
    assert.deepEqual((await quantities(token)).sort(), [[clip, 2], [pen, 10]].sort())
  })

  it('when the cart service restarts, then each cart is still there, kept in Redis', async () => {
    const { userId, token } = await world.customer()
    await world.cart.post('/cart/items', { product_id: clip, quantity: 3 }, token)
    await world.cart.post('/cart/items', { product_id: pen, quantity: 1 }, token)
    await world.stop()
    world = await redisCarts()
    assert.deepEqual(await quantities(token), [[clip, 3], [pen, 1]])
    const stored = await redis.get<{ product_id: string }[]>(`carts:${userId}`)
    assert.deepEqual(stored?.map((line) => line.product_id), [clip, pen])
  })

  it('when order.created arrives while Redis is unreachable, then the event waits for Redis and empties the cart once it is back, leaving no dead letter', async () => {
    const { userId, token } = await world.customer()
    await world.cart.post('/cart/items', { product_id: pen, quantity: 2 }, token)
    proxy.refuse(true)
    proxy.drop()
    const event = orderCreated(userId, [[pen, 2]])
    await world.publish(event)
    await waitFor(async () => (await call('GET', '/cart', token)).status === 503, { what: 'the cart service to find Redis unreachable' })

    // Redis unreachable is an outage the bus waits out, not a failure that spends the event's attempts.
    proxy.refuse(false)
    await waitFor(async () => (await quantities(token)).length === 0, { what: 'the event to empty the cart once Redis is back' })
    assert.deepEqual(await world.bus.deadLetters('cart.empty-ordered-carts'), [])
  })

  it('when the event arrives after the customer added more, then only what the order took leaves the cart kept in Redis', async () => {
    const { userId, token } = await world.customer()
    await world.cart.post('/cart/items', { product_id: pen, quantity: 2 }, token)
    const placed = orderCreated(userId, [[pen, 2]])
    await world.cart.post('/cart/items', { product_id: pen, quantity: 1 }, token)
    await world.cart.post('/cart/items', { product_id: clip, quantity: 3 }, token)
    await world.publish(placed)
    await waitFor(async () => (await quantities(token))[0]?.[1] === 1, { what: 'the order\'s lines to leave the cart' })
    assert.deepEqual(await quantities(token), [[pen, 1], [clip, 3]])
  })

  it('when Redis stops, then every cart route answers 503 UNAVAILABLE with Retry-After at once, and works again once Redis is back, without a restart', async () => {
    const shopper = await world.customer()
    await world.cart.post('/cart/items', { product_id: pen }, shopper.token)
    const orders = await world.serviceToken('orders', 'cart')
    await redisServer.stop()

    const replies = [
      await call('GET', '/cart', shopper.token),
      await call('POST', '/cart/items', shopper.token, { product_id: clip, quantity: 1 }),
      await call('PATCH', `/cart/items/${pen}`, shopper.token, { quantity: 3 }),
      await call('DELETE', `/cart/items/${pen}`, shopper.token),
      await call('DELETE', '/cart', shopper.token),
      await call('GET', `/carts/${shopper.userId}`, orders),
    ]
    for (const reply of replies) {
      assert.deepEqual([reply.status, reply.body.code, reply.retryAfter], [503, 'UNAVAILABLE', '1'])
      assert.match(String(reply.type), /^application\/problem\+json/)
    }
    const ready = await fetch(`${world.platform.url('cart')}/ready`, { signal: AbortSignal.timeout(5000) })
    assert.equal(ready.status, 503)
    assert.match(((await ready.json()) as { checks: Record<string, string> }).checks.redis ?? '', /^down/)

    await redisServer.start()
    // A Redis without persistence comes back empty.
    await waitFor(async () => (await world.cart.get('/cart', shopper.token)).status === 200, { what: 'the cart to answer again' })
    assert.equal((await world.cart.post('/cart/items', { product_id: clip }, shopper.token)).status, 201)
    assert.deepEqual(await quantities(shopper.token), [[clip, 1]])
    assert.equal((await fetch(`${world.platform.url('cart')}/ready`)).status, 200)
  })
})

import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { waitFor } from '@bazaar/kit/testing'
import { OrderCreated } from '@bazaar/contracts'
import { orderCreated } from './support/order-created.ts'
import { createProduct, startCartPlatform, type CartPlatform } from './support/platform.ts'

type Cart = {
  items: { product_id: string; name: string | null; price: number | null; quantity: number; line_total: number | null; available: number | null; image_url: string | null }[]
  subtotal: number | null
  currency: string
  item_count: number
}

// One platform (users, catalog, inventory, cart) for the file: starting it is most of the cost.
// The tests run in order; the last ones stop services and restart the cart on the same data.
let dataDir: string
let world: CartPlatform
let pen: string
let clip: string

before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'bazaar-cart-'))
  world = await startCartPlatform({ dataDir })
  pen = await createProduct(world, 'Fountain pen', 19.99, 10)
  clip = await createProduct(world, 'Paper clip', 0.1, 3)
})
after(async () => {
  await world?.stop()
  await rm(dataDir, { recursive: true, force: true })
})

describe('the caller\'s cart', () => {
  it('when a customer adds two products, updates one and removes the other, then the cart follows with exact cents', async () => {
    const { token } = await world.customer()
    assert.deepEqual((await world.cart.get('/cart', token)).body, { items: [], subtotal: 0, currency: 'USD', item_count: 0 })
    assert.equal((await world.cart.post('/cart/items', { product_id: pen, quantity: 1 }, token)).status, 201)
    const numeric = await world.cart.post<Cart>('/cart/items', { product_id: Number(clip), quantity: 3 }, token)
    assert.equal(numeric.status, 201, 'a numeric product id is accepted (seed 001 style)')
    const more = await world.cart.post<Cart>('/cart/items', { product_id: pen, quantity: 2 }, token)
    assert.equal(more.status, 200, 'adding to an existing line is not a new line')
    assert.deepEqual(more.body, {
      items: [
        { product_id: pen, name: 'Fountain pen', price: 19.99, quantity: 3, line_total: 59.97, available: 10, image_url: more.body.items[0]?.image_url ?? null },
        { product_id: clip, name: 'Paper clip', price: 0.1, quantity: 3, line_total: 0.3, available: 3, image_url: more.body.items[1]?.image_url ?? null },
      ],
      subtotal: 60.27,
      currency: 'USD',
      item_count: 6,
    })
    assert.match(String(more.body.items[0]?.image_url), new RegExp(`/products/${pen}/image\\.svg$`))

    const updated = await world.cart.patch<Cart>(`/cart/items/${pen}`, { quantity: 7 }, token)
    assert.equal(updated.status, 200)
    assert.deepEqual([updated.body.items[0]?.line_total, updated.body.subtotal], [139.93, 140.23])
    assert.equal((await world.cart.delete(`/cart/items/${clip}`, token)).status, 204)
    assert.equal((await world.cart.delete(`/cart/items/${clip}`, token)).status, 204, 'removing is idempotent')
    const removed = await world.cart.patch<Cart>(`/cart/items/${pen}`, { quantity: 0 }, token)
    assert.deepEqual([removed.status, removed.body.items, removed.body.subtotal], [200, [], 0])
  })

  it('when a customer clears the cart, then it is empty, and clearing again is fine', async () => {
    const { token } = await world.customer()
    await world.cart.post('/cart/items', { product_id: pen, quantity: 2 }, token)
    await world.cart.post('/cart/items', { product_id: clip }, token)
    assert.equal((await world.cart.delete('/cart', token)).status, 204)
    assert.equal((await world.cart.delete('/cart', token)).status, 204)
    assert.deepEqual((await world.cart.get<Cart>('/cart', token)).body.items, [])
  })

  it('when another customer reads, changes and clears their cart, then mine is untouched: the token decides whose cart it is', async () => {
    const [me, other] = [await world.customer(), await world.customer()]
    await world.cart.post('/cart/items', { product_id: pen, quantity: 4 }, me.token)
    assert.deepEqual((await world.cart.get<Cart>('/cart', other.token)).body.items, [])
    assert.equal((await world.cart.patch(`/cart/items/${pen}`, { quantity: 1 }, other.token)).status, 404)
    await world.cart.delete(`/cart/items/${pen}`, other.token)
    await world.cart.delete('/cart', other.token)
    const mine = await world.cart.get<Cart>('/cart', me.token)
    assert.deepEqual(mine.body.items.map((item) => [item.product_id, item.quantity]), [[pen, 4]])
    assert.equal((await world.cart.get('/cart')).status, 401)
    assert.equal((await world.cart.post('/cart/items', { product_id: pen }, 'not.a.token')).status, 401)
  })

  it('when the product is unknown or the quantity out of range, then 422 or 400, and nothing is added', async () => {
    const { token } = await world.customer()
    for (const unknown of ['999999', 'no-such-product']) {
      const reply = await world.cart.post('/cart/items', { product_id: unknown, quantity: 1 }, token)
      assert.equal(reply.status, 422, unknown)
      assert.equal(reply.body.code, 'UNPROCESSABLE')
    }
    for (const quantity of [0, 100, 1.5]) {
      const reply = await world.cart.post('/cart/items', { product_id: pen, quantity }, token)
      assert.deepEqual([reply.status, (reply.body.fields as { field: string }[])[0]?.field], [400, 'body.quantity'])
    }
    await world.cart.post('/cart/items', { product_id: pen, quantity: 99 }, token)
    const over = await world.cart.post('/cart/items', { product_id: pen, quantity: 1 }, token)
    assert.deepEqual([over.status, over.body.code], [409, 'CONFLICT'])
    assert.deepEqual((await world.cart.get<Cart>('/cart', token)).body.items.map((item) => [item.product_id, item.quantity]), [[pen, 99]])
  })
})

describe('GET /carts/{user_id}', () => {
  it('when the orders service asks for a user\'s cart, then it gets the raw lines; a customer or an admin is refused', async () => {
    const shopper = await world.customer()
    await world.cart.post('/cart/items', { product_id: clip, quantity: 2 }, shopper.token)
    const orders = await world.serviceToken('orders', 'cart')
    const raw = await world.cart.get(`/carts/${shopper.userId}`, orders)
    assert.equal(raw.status, 200)
    assert.deepEqual(raw.body, { user_id: shopper.userId, items: [{ product_id: clip, quantity: 2 }] })
    assert.deepEqual((await world.cart.get(`/carts/nobody-${randomUUID()}`, orders)).body.items, [])
    assert.equal((await world.cart.get(`/carts/${shopper.userId}`, shopper.token)).status, 403)
    assert.equal((await world.cart.get(`/carts/${shopper.userId}`, await world.adminToken())).status, 403)
    assert.equal((await world.cart.get(`/carts/${shopper.userId}`)).status, 401)
    assert.equal((await world.cart.get('/cart', orders)).status, 403, 'a service has no cart of its own')
  })
})

describe('GET /docs/json', () => {
  it('when the OpenAPI document is read, then every route is documented', async () => {
    const paths = (await world.cart.get<{ paths: Record<string, unknown> }>('/docs/json')).body.paths
    for (const path of ['/cart', '/cart/items', '/cart/items/{product_id}', '/carts/{user_id}']) assert.ok(paths[path], `${path} is documented`)
  })
})

describe(OrderCreated.type, () => {
  const linesOf = async (token: string) => (await world.cart.get<Cart>('/cart', token)).body.items.map((item) => item.product_id)

  it('when an order is placed from the cart, then the cart empties once; a redelivery or an order not from the cart leaves it alone', async () => {
    const [buyer, direct] = [await world.customer(), await world.customer()]
    for (const shopper of [buyer, direct]) await world.cart.post('/cart/items', { product_id: pen }, shopper.token)
    const event = orderCreated(buyer.userId, [[pen, 1]])
    await world.publish(event)
    await waitFor(async () => (await linesOf(buyer.token)).length === 0, { what: 'the ordered cart to empty' })

    await world.cart.post('/cart/items', { product_id: clip }, buyer.token)
    await world.publish(event)
    await world.publish(orderCreated(direct.userId, [[pen, 1]], false))
    // A marker published last: once it is handled, the two events before it have been too.
    const marker = await world.customer()
    await world.cart.post('/cart/items', { product_id: pen }, marker.token)
    await world.publish(orderCreated(marker.userId, [[pen, 1]]))
    await waitFor(async () => (await linesOf(marker.token)).length === 0, { what: 'the marker cart to empty' })
    assert.deepEqual(await linesOf(buyer.token), [clip], 'the redelivered event did nothing')
    assert.deepEqual(await linesOf(direct.token), [pen])
  })

  it('when the event arrives after the customer added more, then only what the order took leaves the cart', async () => {
    const shopper = await world.customer()
    await world.cart.post('/cart/items', { product_id: pen, quantity: 2 }, shopper.token)
    const placed = orderCreated(shopper.userId, [[pen, 2]])
    // The order was placed; its event is late. Meanwhile one more pen, and a clip.
    await world.cart.post('/cart/items', { product_id: pen, quantity: 1 }, shopper.token)
    await world.cart.post('/cart/items', { product_id: clip, quantity: 3 }, shopper.token)
    await world.publish(placed)
    const quantities = async () => (await world.cart.get<Cart>('/cart', shopper.token)).body.items.map((item) => [item.product_id, item.quantity])
    await waitFor(async () => (await quantities())[0]?.[1] === 1, { what: 'the order\'s lines to leave the cart' })
    assert.deepEqual(await quantities(), [[pen, 1], [clip, 3]])
  })
})

describe('degraded and restarted', () => {
  let survivor: { userId: string; token: string }

  it('when inventory is down, then the cart answers 200 with available null; with the catalog down too, adding is 503 and reading still 200', async () => {
    survivor = await world.customer()
    await world.cart.post('/cart/items', { product_id: pen, quantity: 2 }, survivor.token)
    await world.cart.post('/cart/items', { product_id: clip, quantity: 5 }, survivor.token)
    await world.platform.services.get('inventory')?.stop()
    const withoutStock = await world.cart.get<Cart>('/cart', survivor.token)
    assert.equal(withoutStock.status, 200)
    assert.deepEqual(withoutStock.body.items.map((item) => [item.name, item.available]), [['Fountain pen', null], ['Paper clip', null]])
    assert.equal(withoutStock.body.subtotal, 40.48)

    await world.platform.services.get('catalog')?.stop()
    const refused = await world.cart.post('/cart/items', { product_id: pen }, survivor.token)
    assert.deepEqual([refused.status, refused.body.code], [503, 'UNAVAILABLE'])
    const bare = await world.cart.get<Cart>('/cart', survivor.token)
    assert.equal(bare.status, 200)
    assert.deepEqual(bare.body.items.map((item) => [item.product_id, item.quantity, item.price, item.available]), [[pen, 2, null, null], [clip, 5, null, null]])
    assert.deepEqual([bare.body.subtotal, bare.body.item_count], [null, 7])
  })

  it('when the cart service restarts on the same data folder, then the cart is still there for the same token', async () => {
    await world.stop()
    world = await startCartPlatform({ dataDir, only: ['users', 'cart'] })
    const reply = await world.cart.get<Cart>('/cart', survivor.token)
    assert.equal(reply.status, 200)
    assert.deepEqual(reply.body.items.map((item) => [item.product_id, item.quantity]), [[pen, 2], [clip, 5]])
  })
})

import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { Value } from 'typebox/value'
import { ProductCreated, ProductCreatedV1, ProductUpdated, ProductUpdatedV1 } from '@bazaar/contracts'
import { baseConfig, envelope, loadConfig, newEvent, type Bus, type Db, type EventEnvelope } from '@bazaar/kit'
import { jsonClient, waitFor } from '@bazaar/kit/testing'
import { ratingsBuilt, startCatalogPlatform, type CatalogPlatform } from '../support/catalog-platform.ts'
import type { ProblemJson, ProductJson, ProductPageJson } from '../support/product-json.ts'
import { uniqueWord } from '../support/words.ts'

// Users, ratings (once it is built) and catalog, without demo data; a test consumer on the
// platform's bus sees what catalog publishes. products.test.ts runs without ratings.
let p: CatalogPlatform
let bus: Bus
let db: Db
let customer: string
const events: EventEnvelope[] = []
const withRatings = ratingsBuilt()

before(async () => {
  p = await startCatalogPlatform({ with: withRatings ? ['ratings'] : [], settings: { catalog: { SEED_DEMO: false }, ratings: { SEED_DEMO: false } } })
  bus = await p.platform.runtime.openBus('catalog-test', loadConfig(baseConfig, { env: {} }))
  await bus.subscribe(`test.catalog-events-${randomUUID()}`, [ProductCreated.type, ProductUpdated.type], async (event) => { events.push(event) })
  db = await p.catalogDb()
  customer = await p.customerToken()
})
after(async () => {
  await bus.close()
  await p.stop()
})

const eventOf = (type: string, productId: string, extra: (event: EventEnvelope) => boolean = () => true) =>
  waitFor(() => events.find((event) => event.type === type && event.subject === productId && extra(event)), { what: `${type} of ${productId}` })

async function create(body: Record<string, unknown>): Promise<ProductJson> {
  const reply = await p.api.post<ProductJson>('/products', body, p.adminToken)
  assert.equal(reply.status, 201, reply.text)
  return reply.body
}

describe('POST /products', () => {
  it(`when seed 001's body is posted by an admin, then 201 with the stock echoed and ${ProductCreated.type} carries initial_stock`, async () => {
    const reply = await p.api.post<ProductJson>('/products', { name: 'Laptop', price: 999.99, stock: 10 }, p.adminToken)
    assert.equal(reply.status, 201)
    const product = reply.body
    assert.match(product.product_id, /^[0-9]+$/)
    assert.equal(reply.headers.get('location'), `/products/${product.product_id}`)
    assert.equal(product.name, 'Laptop')
    assert.equal(product.price, 999.99)
    assert.equal(product.currency, 'USD')
    assert.equal(product.stock, 10)
    const event = await eventOf(ProductCreated.type, product.product_id)
    assert.equal(event.source, 'catalog')
    assert.deepEqual(event.data, { product_id: product.product_id, name: 'Laptop', category: product.category, price: 99999, currency: 'USD', initial_stock: 10 })
    assert.ok(Value.Check(ProductCreatedV1, event.data), 'the payload keeps the contract')
    assert.equal((await p.api.get<ProductJson>(`/products/${product.product_id}`)).body.price, 999.99)
  })

  it('when every field is given, then each is kept; a new category is created; without stock the initial stock is 0', async () => {
    const name = `Garden Tools ${uniqueWord()}`
    const product = await create({
      name: ' Hand Trowel ', description: 'Forged steel.', price: 12.5, currency: 'eur', category: name,
      images: ['https://img.example.com/trowel.png'], attributes: { color: 'green', steel: true, length_cm: 28 }, weight_grams: 300,
    })
    assert.equal(product.name, 'Hand Trowel')
    assert.equal(product.currency, 'EUR')
    assert.equal(product.weight_grams, 300)
    assert.deepEqual(product.attributes, { color: 'green', steel: true, length_cm: 28 })
    assert.deepEqual(product.images, [product.image_url, 'https://img.example.com/trowel.png'])
    const categories = await p.api.get<{ items: { slug: string; name: string; product_count: number }[] }>('/categories')
    assert.deepEqual(categories.body.items.find((category) => category.slug === product.category), { slug: product.category, name, product_count: 1 })
    const event = await eventOf(ProductCreated.type, product.product_id)
    assert.equal((event.data as { initial_stock: number }).initial_stock, 0)
  })

  it('when nobody signs in, then 401 from the service itself; a customer is 403', async () => {
    const body = { name: 'Sneaky', price: 1 }
    const anonymous = await p.api.post<ProblemJson>('/products', body)
    assert.equal(anonymous.status, 401)
    assert.equal(anonymous.body.code, 'UNAUTHENTICATED')
    const shopper = await p.api.post<ProblemJson>('/products', body, customer)
    assert.equal(shopper.status, 403)
    assert.equal(shopper.body.code, 'FORBIDDEN')
    assert.equal((await p.api.patch('/products/1', { price: 1 }, customer)).status, 403)
    assert.equal((await p.api.delete('/products/1', customer)).status, 403)
    assert.equal((await p.api.delete('/products/1')).status, 401)
  })

  it('when a field is invalid, then 400 VALIDATION_FAILED naming it', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '', price: 1 }, 'body.name'],
      [{ name: '   ', price: 1 }, 'body.name'],
      [{ name: 'x'.repeat(201), price: 1 }, 'body.name'],
      [{ name: 'Free', price: 0 }, 'body.price'],
      [{ name: 'Negative', price: -5 }, 'body.price'],
      [{ name: 'Fraction', price: 1.234 }, 'body.price'],
      [{ name: 'Money', price: 1, currency: 'US' }, 'body.currency'],
      [{ name: 'Stock', price: 1, stock: 1.5 }, 'body.stock'],
      [{ name: 'Stock', price: 1, stock: -1 }, 'body.stock'],
      [{ name: 'Stock', price: 1, stock: 1_000_001 }, 'body.stock'],
      [{ name: 'Script', price: 1, images: ['javascript:alert(1)'] }, 'body.images.0'],
      [{ name: 'Symbols', price: 1, category: '!!!' }, 'body.category'],
      [{ name: 'Nested', price: 1, attributes: { size: { w: 1 } } }, 'body.attributes.size'],
      [{ name: 'Listed', price: 1, attributes: { sizes: [1, 2] } }, 'body.attributes.sizes'],
      [{ name: 'Nothing', price: 1, attributes: { color: null } }, 'body.attributes.color'],
      [{ price: 1 }, 'body.name'],
    ]
    for (const [body, field] of cases) {
      const reply = await p.api.post<ProblemJson>('/products', body, p.adminToken)
      assert.equal(reply.status, 400, JSON.stringify(body))
      assert.equal(reply.body.code, 'VALIDATION_FAILED')
      assert.ok(reply.body.fields?.some((f) => f.field === field), `${JSON.stringify(body)}: ${JSON.stringify(reply.body.fields)}`)
    }
    assert.equal((await p.api.post('/products', { name: 'Extra', price: 1, is_admin: true }, p.adminToken)).status, 400)
  })
})

describe('PATCH and DELETE /products/{product_id}', () => {
  it(`when a product is read (cached), then changed, then read again, then the change shows at once, in lists too, and ${ProductUpdated.type} is published`, async () => {
    const category = `${uniqueWord()}-cache`
    const product = await create({ name: 'Kettle', price: 20, category })
    const read = () => p.api.get<ProductJson>(`/products/${product.product_id}`)
    const listed = async () => (await p.api.get<ProductPageJson>(`/products?category=${category}`)).body.items[0]?.price
    assert.equal((await read()).body.price, 20)
    assert.equal(await listed(), 20)
    // Behind the service's back: the cached answers do not see it.
    await db.query('update products set price_minor = 1 where product_id = $1', [Number(product.product_id)])
    assert.equal((await read()).body.price, 20, 'served from the cache')
    assert.equal(await listed(), 20, 'served from the cache')

    const patched = await p.api.patch<ProductJson>(`/products/${product.product_id}`, { price: 25.5, description: 'Boils fast.' }, p.adminToken)
    assert.equal(patched.status, 200)
    assert.equal(patched.body.price, 25.5)
    assert.equal(patched.body.name, 'Kettle', 'fields not given keep their value')
    assert.equal((await read()).body.price, 25.5)
    assert.equal((await read()).body.description, 'Boils fast.')
    assert.equal(await listed(), 25.5)
    const event = await eventOf(ProductUpdated.type, product.product_id)
    assert.deepEqual(event.data, { product_id: product.product_id, name: 'Kettle', category, price: 2550, currency: 'USD', deleted: false })
    assert.ok(Value.Check(ProductUpdatedV1, event.data))
  })

  it(`when another replica's ${ProductUpdated.type} arrives, then the catalog.cache consumer drops the cached product`, async () => {
    const product = await create({ name: 'Toaster', price: 40 })
    const read = () => p.api.get<ProductJson>(`/products/${product.product_id}`)
    assert.equal((await read()).body.price, 40)
    // What another replica does: it commits the change, then its event reaches this one.
    await db.query('update products set price_minor = 4500 where product_id = $1', [Number(product.product_id)])
    assert.equal((await read()).body.price, 40)
    await bus.publish(envelope('catalog', newEvent(ProductUpdated, product.product_id, { product_id: product.product_id, name: 'Toaster', category: product.category, price: 4500, currency: 'USD', deleted: false })))
    await waitFor(async () => (await read()).body.price === 45, { what: 'the cache to drop the product' })
  })

  it(`when a product is deleted, then it is gone from reads, lists and batches, and ${ProductUpdated.type} says deleted`, async () => {
    const product = await create({ name: 'Old Radio', price: 15 })
    assert.equal((await p.api.get(`/products/${product.product_id}`)).status, 200)
    const removed = await p.api.delete(`/products/${product.product_id}`, p.adminToken)
    assert.equal(removed.status, 204)
    assert.equal((await p.api.get(`/products/${product.product_id}`)).status, 404)
    assert.equal((await p.api.get(`/products/${product.product_id}/image.svg`)).status, 404)
    assert.deepEqual((await p.api.get<ProductPageJson>(`/products?ids=${product.product_id}`)).body.items, [])
    const event = await eventOf(ProductUpdated.type, product.product_id, (e) => (e.data as { deleted: boolean }).deleted)
    assert.equal((event.data as { deleted: boolean }).deleted, true)
    assert.equal((await p.api.delete(`/products/${product.product_id}`, p.adminToken)).status, 404)
    assert.equal((await p.api.patch(`/products/${product.product_id}`, { price: 1 }, p.adminToken)).status, 404)
  })

  it('when a change is empty, touches stock or names an unknown product, then 400 or 404', async () => {
    assert.equal((await p.api.patch('/products/1', {}, p.adminToken)).status, 400)
    assert.equal((await p.api.patch('/products/1', { stock: 5 }, p.adminToken)).status, 400)
    assert.equal((await p.api.patch('/products/1', { price: 0 }, p.adminToken)).status, 400)
    assert.equal((await p.api.patch('/products/999999', { price: 1 }, p.adminToken)).status, 404)
    assert.equal((await p.api.patch('/products/nope', { price: 1 }, p.adminToken)).status, 404)
  })
})

describe('SEED_DEMO false', () => {
  it('when demo data is turned off, then the catalog starts without the demo products', async () => {
    const rows = await db.query<{ count: number }>(`select count(*) as count from products where name = 'Aurora 14 Laptop'`)
    assert.equal(Number(rows[0]?.count), 0)
  })
})

describe('ratings on products', { skip: withRatings ? false : 'the ratings service is not built yet' }, () => {
  async function rate(productId: string, stars: number): Promise<void> {
    const reply = await jsonClient(p.platform.url('ratings')).post(`/ratings/${productId}`, { stars }, customer)
    assert.equal(reply.status, 201, reply.text)
  }

  it('when ratings runs, then a product carries its average and count, and sort=rating puts the best rated first', async () => {
    const category = `${uniqueWord()}-rated`
    const fair = (await create({ name: 'Fair Mug', price: 10, category })).product_id
    const best = (await create({ name: 'Best Mug', price: 10, category })).product_id
    const unrated = (await create({ name: 'New Mug', price: 10, category })).product_id
    await rate(fair, 2)
    await rate(best, 5)
    assert.deepEqual((await p.api.get<ProductJson>(`/products/${best}`)).body.rating, { average: 5, count: 1 })
    const sorted = await p.api.get<ProductPageJson>(`/products?category=${category}&sort=rating`)
    assert.deepEqual(sorted.body.items.map((item) => item.product_id), [best, fair, unrated])
    assert.deepEqual(sorted.body.items[2]?.rating, { average: null, count: 0 })
  })
})

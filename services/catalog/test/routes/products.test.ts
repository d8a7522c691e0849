import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { ProductCreated } from '@bazaar/contracts'
import { startCatalogPlatform, type CatalogPlatform } from '../support/catalog-platform.ts'
import type { ProblemJson, ProductJson, ProductPageJson } from '../support/product-json.ts'
import { uniqueWord } from '../support/words.ts'

// One platform for the file (users + catalog with its demo data; ratings NOT running):
// starting PGlite is most of a test's cost.
let p: CatalogPlatform

before(async () => {
  p = await startCatalogPlatform()
})
after(() => p.stop())

async function create(body: Record<string, unknown>): Promise<ProductJson> {
  const reply = await p.api.post<ProductJson>('/products', body, p.adminToken)
  assert.equal(reply.status, 201, reply.text)
  return reply.body
}

async function page(query: string): Promise<ProductPageJson> {
  const reply = await p.api.get<ProductPageJson>(`/products?${query}`)
  assert.equal(reply.status, 200, reply.text)
  return reply.body
}

/** Every page of a query, `limit` at a time, following next_cursor. */
async function walk(query: string, limit: number): Promise<string[]> {
  const ids: string[] = []
  let cursor: string | null = null
  for (let pages = 0; pages < 50; pages++) {
    const body: ProductPageJson = await page(`${query}&limit=${limit}${cursor === null ? '' : `&cursor=${cursor}`}`)
    assert.ok(body.items.length <= limit)
    ids.push(...body.items.map((item) => item.product_id))
    cursor = body.next_cursor
    if (cursor === null) return ids
  }
  throw new Error('more than 50 pages')
}

describe('GET /products/{product_id}', () => {
  it('when a product is read, then it has seed 000\'s shape plus the extra fields, and rating null while ratings is down', async () => {
    assert.ok(!p.platform.services.has('ratings'), 'ratings is not started in this file')
    const reply = await p.api.get<ProductJson>('/products/1')
    assert.equal(reply.status, 200)
    const product = reply.body
    assert.equal(product.product_id, '1')
    assert.equal(typeof product.name, 'string')
    assert.equal(typeof product.description, 'string')
    assert.equal(typeof product.price, 'number')
    assert.deepEqual(Object.keys(product).sort(), [
      'attributes', 'category', 'created_at', 'currency', 'description', 'image_url', 'images', 'name', 'price', 'product_id', 'rating', 'updated_at', 'weight_grams',
    ])
    assert.equal(product.currency, 'USD')
    assert.equal(product.image_url, '/api/products/1/image.svg')
    assert.deepEqual(product.images, ['/api/products/1/image.svg'])
    assert.equal(product.rating, null)
  })

  it('when ratings is not running, then lists answer too, every rating null', async () => {
    const listed = await page('limit=5')
    assert.equal(listed.items.length, 5)
    assert.ok(listed.items.every((item) => item.rating === null))
  })

  it('when the id is unknown, deleted-looking or not a number, then 404 problem+json', async () => {
    for (const id of ['999999', 'abc', '1e3', '99999999999999999999']) {
      const reply = await p.api.get<ProblemJson>(`/products/${id}`)
      assert.equal(reply.status, 404, id)
      assert.match(reply.headers.get('content-type') ?? '', /^application\/problem\+json/)
      assert.equal(reply.body.code, 'NOT_FOUND')
    }
  })
})

describe('demo data', () => {
  it('when the catalog starts with SEED_DEMO, then at least 40 real-looking products in at least 6 categories are there', async () => {
    const all = await page('limit=100')
    assert.ok(all.items.length >= 40, `${all.items.length} products`)
    for (const product of all.items.filter((item) => Number(item.product_id) <= 40)) {
      assert.doesNotMatch(product.name, /^product \d+$/i)
      assert.ok(product.description.length > 20, product.name)
      assert.ok(product.price > 0 && product.weight_grams > 0, product.name)
    }
    const categories = await p.api.get<{ items: { slug: string; name: string; product_count: number }[] }>('/categories')
    assert.equal(categories.status, 200)
    const stocked = categories.body.items.filter((category) => category.product_count > 0)
    assert.ok(stocked.length >= 6)
    assert.ok(categories.body.items.some((category) => category.slug === 'home-kitchen' && category.name === 'Home & Kitchen'))
  })

  it(`when the demo products are created, then each is announced with ${ProductCreated.type} carrying its initial stock`, async () => {
    const db = await p.catalogDb()
    const rows = await db.query<{ envelope: { data: { initial_stock: number } } }>('select envelope from outbox where type = $1', [ProductCreated.type])
    assert.ok(rows.length >= 40)
    const stocks = rows.map((row) => row.envelope.data.initial_stock)
    assert.ok(stocks.filter((stock) => stock === 0).length >= 2, 'a couple are out of stock')
    assert.ok(stocks.some((stock) => stock > 0 && stock <= 5), 'some run low')
  })
})

describe('GET /products search', () => {
  it('when q is a word of a description, a prefix being typed, or a name word, then the products are found and name matches rank first', async () => {
    const word = uniqueWord()
    const other = uniqueWord()
    const inDescription = await create({ name: 'Desk Fan', description: `A quiet fan that pairs with any ${word} setup and ${other} stand.`, price: 30 })
    const inName = await create({ name: `${word} Lamp`, description: 'A warm reading lamp.', price: 40 })

    const byWord = await page(`q=${word}`)
    assert.deepEqual(byWord.items.map((item) => item.product_id), [inName.product_id, inDescription.product_id])
    const byDescription = await page(`q=${other}`)
    assert.deepEqual(byDescription.items.map((item) => item.product_id), [inDescription.product_id])
    const byPrefix = await page(`q=${word.slice(0, 5)}`)
    assert.deepEqual(byPrefix.items.map((item) => item.product_id), [inName.product_id, inDescription.product_id])
    const twoWords = await page(`q=${encodeURIComponent(`quiet ${word.slice(0, 6)}`)}`)
    assert.ok(twoWords.items.some((item) => item.product_id === inDescription.product_id))
  })

  it('when a shopper types "lapt", then the laptops come first; "-word" excludes and quotes keep a phrase', async () => {
    const found = await page('q=lapt')
    assert.ok(found.items.length >= 1)
    assert.match(found.items[0]?.name ?? '', /laptop/i)
    const excluded = await page(`q=${encodeURIComponent('laptop -aurora')}`)
    assert.ok(excluded.items.length >= 1 && excluded.items.every((item) => !/aurora/i.test(item.name)))
    assert.deepEqual((await page(`q=${encodeURIComponent('"cast iron"')}`)).items.map((item) => item.name), ['Cast Iron Skillet 10"'])
  })

  it('when q holds tsquery operators or quotes, then it is searched as words, never an error', async () => {
    for (const q of ['a & | ! :* (', '"unterminated', 'laptop -', "o'brien's", '&&&']) {
      const reply = await p.api.get(`/products?q=${encodeURIComponent(q)}`)
      assert.equal(reply.status, 200, q)
    }
  })
})

describe('GET /products filters and sorts', () => {
  it('when filtered by category (slug or name) and a price range, then only matching products come back', async () => {
    const apparel = await page('category=apparel&limit=100')
    assert.ok(apparel.items.length >= 5)
    assert.ok(apparel.items.every((item) => item.category === 'apparel'))
    const kitchen = await page(`category=${encodeURIComponent('Home & Kitchen')}&limit=100`)
    assert.ok(kitchen.items.length >= 5 && kitchen.items.every((item) => item.category === 'home-kitchen'))
    const ranged = await page('min_price=20&max_price=50.5&limit=100')
    assert.ok(ranged.items.length > 0)
    assert.ok(ranged.items.every((item) => item.price >= 20 && item.price <= 50.5))
  })

  it('when sorted by price or newest, then the order holds', async () => {
    const ascending = (await page('sort=price_asc&limit=100')).items.map((item) => item.price)
    assert.deepEqual(ascending, [...ascending].sort((a, b) => a - b))
    const descending = (await page('sort=price_desc&limit=100')).items.map((item) => item.price)
    assert.deepEqual(descending, [...descending].sort((a, b) => b - a))
    const newest = (await page('sort=newest&limit=100')).items.map((item) => item.created_at)
    assert.deepEqual(newest, [...newest].sort().reverse())
  })

  it('when ids are asked for, then exactly those products come back in one page', async () => {
    const found = await page('ids=3,1,2,999999')
    assert.deepEqual(found.items.map((item) => item.product_id).sort(), ['1', '2', '3'])
    assert.equal(found.next_cursor, null)
    const many = Array.from({ length: 30 }, (_, i) => i + 1).join(',')
    assert.equal((await page(`ids=${many}`)).items.length, 30)
    assert.equal((await p.api.get(`/products?ids=1,x`)).status, 400)
  })
})

describe('GET /products cursor pagination', () => {
  it('when every sort is walked page by page, then each product shows up once, in the one-page order, ties included', async () => {
    const word = uniqueWord()
    const category = `${word}-pages`
    // Repeated prices and names: ties the id must break.
    const prices = [5, 5, 5, 9.99, 9.99, 12, 12, 12, 12, 30, 1, 5, 9.99]
    for (const [i, price] of prices.entries()) {
      await create({ name: `${word} ${i % 3 === 0 ? 'Alpha' : 'Beta'}`, description: i % 2 === 0 ? `${word} ${word} extra` : 'plain', price, category })
    }
    for (const sort of ['name', 'price_asc', 'price_desc', 'newest', 'relevance', 'rating']) {
      const query = `category=${category}&sort=${sort}${sort === 'relevance' ? `&q=${word}` : ''}`
      const whole = (await page(`${query}&limit=100`)).items.map((item) => item.product_id)
      assert.equal(whole.length, prices.length, sort)
      const walked = await walk(query, 4)
      assert.deepEqual(walked, whole, sort)
    }
  })

  it('when the cursor is garbage or from another sort, then 400 naming query.cursor', async () => {
    const first = await page('sort=price_asc&limit=2')
    assert.ok(first.next_cursor)
    for (const query of [`sort=name&cursor=${first.next_cursor}`, 'cursor=bm9wZQ', 'sort=rating&cursor=WzFd']) {
      const reply = await p.api.get<ProblemJson>(`/products?${query}`)
      assert.equal(reply.status, 400, query)
      assert.deepEqual(reply.body.fields?.map((field) => field.field), ['query.cursor'])
    }
  })
})

describe('GET /products/{product_id}/image.svg', () => {
  it('when the image is asked for, then a small cacheable SVG comes back; an unknown product is 404', async () => {
    const reply = await p.api.get('/products/2/image.svg')
    assert.equal(reply.status, 200)
    assert.match(reply.headers.get('content-type') ?? '', /^image\/svg\+xml/)
    assert.match(reply.headers.get('cache-control') ?? '', /max-age=\d+/)
    assert.match(reply.text, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>.*<\/svg>$/s)
    assert.ok(Buffer.byteLength(reply.text) < 2048)
    assert.equal((await p.api.get('/products/999999/image.svg')).status, 404)
  })
})

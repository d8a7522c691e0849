import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { Value } from 'typebox/value'
import { RatingCreated, RatingCreatedV1 } from '@bazaar/contracts'
import { waitFor } from '@bazaar/kit/testing'
import { startRatingsPlatform, type RatingsPlatform } from '../support/platform.ts'

// One platform for the file: starting PGlite and the users service is most of a test's cost.
let world: RatingsPlatform
before(async () => { world = await startRatingsPlatform() })
after(() => world.stop())

/** A product id no other test (and no demo rating) uses. */
const freshProduct = () => `p-${randomUUID().slice(0, 8)}`

type Summary = { product_id: string; average: number | null; count: number }
type Reviews = Summary & { items: { user_id: string; stars: number; review: string | null; created_at: string }[]; next_cursor: string | null }

describe('POST /ratings/{product_id}', () => {
  it(`when a customer rates a product twice, then 201 then 200, the second replaces the first and both publish ${RatingCreated.type}`, async () => {
    const product = freshProduct()
    const { userId, token } = await world.customer()
    const first = await world.ratings.post(`/ratings/${product}`, { stars: 2, review: 'Too small.' }, token)
    assert.equal(first.status, 201)
    assert.deepEqual({ ...first.body, created_at: undefined, updated_at: undefined },
      { product_id: product, user_id: userId, stars: 2, review: 'Too small.', created_at: undefined, updated_at: undefined })
    const second = await world.ratings.post(`/ratings/${product}`, { stars: 4 }, token)
    assert.equal(second.status, 200)
    assert.equal(second.body.stars, 4)
    assert.equal(second.body.review, null, 'a second post replaces the review too')
    assert.equal(second.body.created_at, first.body.created_at)

    const reviews = await world.ratings.get<Reviews>(`/ratings/${product}`)
    assert.equal(reviews.body.count, 1)
    assert.deepEqual(reviews.body.items.map((item) => [item.user_id, item.stars]), [[userId, 4]])
    await waitFor(() => world.events.filter((event) => event.subject === product).length === 2, { what: `two ${RatingCreated.type} events` })
    const published = world.events.filter((event) => event.subject === product)
    assert.deepEqual(published.map((event) => event.data), [{ product_id: product, user_id: userId, stars: 2 }, { product_id: product, user_id: userId, stars: 4 }])
    assert.ok(published.every((event) => Value.Check(RatingCreatedV1, event.data)), 'the payload keeps the contract')
  })

  it('when stars are 0, 6 or 4.5, or the review is too long, then 400 naming the field', async () => {
    const { token } = await world.customer()
    for (const stars of [0, 6, 4.5]) {
      const reply = await world.ratings.post(`/ratings/${freshProduct()}`, { stars }, token)
      assert.equal(reply.status, 400, `stars ${stars}`)
      assert.equal(reply.body.code, 'VALIDATION_FAILED')
      assert.deepEqual((reply.body.fields as { field: string }[]).map((f) => f.field), ['body.stars'])
    }
    const long = await world.ratings.post(`/ratings/${freshProduct()}`, { stars: 3, review: 'x'.repeat(2001) }, token)
    assert.deepEqual((long.body.fields as { field: string }[]).map((f) => f.field), ['body.review'])
    assert.equal((await world.ratings.post(`/ratings/${freshProduct()}`, { stars: 3, user_id: 'someone-else' }, token)).status, 400)
  })

  it('when nobody signed in posts, then 401; a service token, 403', async () => {
    const anonymous = await world.ratings.post(`/ratings/${freshProduct()}`, { stars: 5 })
    assert.equal(anonymous.status, 401)
    assert.equal(anonymous.body.code, 'UNAUTHENTICATED')
    const service = await world.ratings.post(`/ratings/${freshProduct()}`, { stars: 5 }, await world.serviceToken('catalog'))
    assert.equal(service.status, 403)
  })
})

describe('GET /ratings/{product_id}', () => {
  it('when three customers rate 5, 4 and 4, then the average is 4.33 and the count 3, newest first in pages', async () => {
    const product = freshProduct()
    const raters = [await world.customer(), await world.customer(), await world.customer()]
    for (const [index, stars] of [5, 4, 4].entries()) {
      assert.equal((await world.ratings.post(`/ratings/${product}`, { stars, review: `review ${index}` }, raters[index]?.token)).status, 201)
    }
    const first = await world.ratings.get<Reviews>(`/ratings/${product}?limit=2`)
    assert.equal(first.status, 200)
    assert.equal(first.body.average, 4.33)
    assert.equal(first.body.count, 3)
    assert.deepEqual(first.body.items.map((item) => item.review), ['review 2', 'review 1'])
    assert.ok(first.body.next_cursor)
    const second = await world.ratings.get<Reviews>(`/ratings/${product}?limit=2&cursor=${first.body.next_cursor}`)
    assert.deepEqual(second.body.items.map((item) => item.review), ['review 0'])
    assert.equal(second.body.next_cursor, null)
  })

  it('when nobody rated a product, then average null, count 0 and no items', async () => {
    const product = freshProduct()
    const reply = await world.ratings.get(`/ratings/${product}`)
    assert.equal(reply.status, 200)
    assert.deepEqual(reply.body, { product_id: product, average: null, count: 0, items: [], next_cursor: null })
    assert.equal((await world.ratings.get(`/ratings/${product}?limit=101`)).status, 400)
  })
})

describe('GET /ratings?product_ids=', () => {
  it('when products are asked in a batch, then each gets its summary once, in the order asked; unrated ones null and 0', async () => {
    const [rated, unrated] = [freshProduct(), freshProduct()]
    const { token } = await world.customer()
    await world.ratings.post(`/ratings/${rated}`, { stars: 3 }, token)
    const reply = await world.ratings.get<{ items: Summary[] }>(`/ratings?product_ids=${unrated},${rated},${unrated}`)
    assert.equal(reply.status, 200)
    assert.deepEqual(reply.body.items, [{ product_id: unrated, average: null, count: 0 }, { product_id: rated, average: 3, count: 1 }])
  })

  it('when more than 100 products or none are asked, then 400', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `x${i}`).join(',')
    const tooMany = await world.ratings.get(`/ratings?product_ids=${ids}`)
    assert.equal(tooMany.status, 400)
    assert.deepEqual(tooMany.body.fields, [{ field: 'querystring.product_ids', message: 'must name at most 100 products' }])
    assert.equal((await world.ratings.get('/ratings')).status, 400)
    assert.equal((await world.ratings.get('/ratings?product_ids=1,,2')).status, 400)
  })
})

describe('GET /docs/json', () => {
  it('when the OpenAPI document is read, then every route is documented', async () => {
    const paths = (await world.ratings.get<{ paths: Record<string, unknown> }>('/docs/json')).body.paths
    for (const path of ['/ratings', '/ratings/{product_id}']) assert.ok(paths[path], `${path} is documented`)
  })
})

describe('demo ratings', () => {
  it('when the service first starts on an empty table, then a few dozen demo ratings of products 1 to 40 are there', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => String(i + 1))
    const reply = await world.ratings.get<{ items: Summary[] }>(`/ratings?product_ids=${ids.join(',')}`)
    const total = reply.body.items.reduce((sum, item) => sum + item.count, 0)
    assert.ok(total >= 24 && total <= 60, `${total} demo ratings`)
    assert.ok(reply.body.items.some((item) => item.count === 0), 'some products have no rating yet')
    const reviews = await world.ratings.get<Reviews>('/ratings/2')
    assert.ok(reviews.body.items.length > 0)
    assert.ok(reviews.body.items.every((item) => item.user_id.startsWith('demo-reviewer-')))
  })
})

import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { demoRatings, demoReviewers } from '../../src/domain/demo-ratings.ts'

describe('demoRatings', () => {
  it('when built, then a few dozen valid ratings of products 1 to 40, one per reviewer and product, oldest first', () => {
    const now = new Date('2025-06-01T12:00:00Z')
    const ratings = demoRatings(now)
    assert.ok(ratings.length >= 24 && ratings.length <= 60, `${ratings.length} ratings`)
    assert.equal(new Set(ratings.map((r) => `${r.productId}/${r.userId}`)).size, ratings.length)
    for (const rating of ratings) {
      assert.ok(Number(rating.productId) >= 1 && Number(rating.productId) <= 40)
      assert.ok((demoReviewers as readonly string[]).includes(rating.userId))
      assert.ok(Number.isInteger(rating.stars) && rating.stars >= 1 && rating.stars <= 5)
      assert.ok(rating.review === null || rating.review.length <= 2000)
      assert.ok(rating.createdAt < now)
    }
    const times = ratings.map((r) => r.createdAt.getTime())
    assert.deepEqual(times, [...times].sort((a, b) => a - b))
    assert.deepEqual(demoRatings(now), ratings, 'the same on every start')
  })
})

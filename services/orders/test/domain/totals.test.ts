import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { lineTotal, subtotalOf, taxOf, totalsOf } from '../../src/domain/totals.ts'

test('when tax is computed, then it is rounded half-up to the cent', () => {
  assert.equal(taxOf(106, 8), 8, '8 % of 1.06 is 0.0848')
  assert.equal(taxOf(119, 8), 10, '8 % of 1.19 is 0.0952')
  assert.equal(taxOf(5, 10), 1, '10 % of 0.05 is 0.005, a half: up')
  assert.equal(taxOf(4, 10), 0, '10 % of 0.04 is 0.004')
  assert.equal(taxOf(0, 8), 0)
  assert.equal(taxOf(199_998, 8), 16_000, '8 % of 1999.98 is 159.9984')
})

test('when any subtotal and rate are taxed, then the tax is the nearest cent, halves going up', () => {
  fc.assert(fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 0, max: 100 }), (subtotal, rate) => {
    const tax = BigInt(taxOf(subtotal, rate))
    const exactTimes100 = BigInt(subtotal) * BigInt(rate)
    const error = tax * 100n - exactTimes100
    return error > -50n && error <= 50n
  }))
})

test('when the subtotal or rate is not whole cents or percent, then taxOf refuses it', () => {
  assert.throws(() => taxOf(10.5, 8), RangeError)
  assert.throws(() => taxOf(-1, 8), RangeError)
  assert.throws(() => taxOf(100, 8.5), RangeError)
})

test('when an order is totalled, then total = subtotal + shipping + tax of the subtotal only', () => {
  // Seed 001: two laptops at 999.99, standard shipping 5.00, 8 % tax.
  const totals = totalsOf(subtotalOf([lineTotal(99_999, 2)]), 500, 8)
  assert.deepEqual(totals, { subtotal: 199_998, shipping: 500, tax: 16_000, total: 216_498 })
})

test('when lines are totalled in any order, then the totals are the same', () => {
  fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { maxLength: 100 }), fc.integer({ min: 0, max: 10_000 }), (lines, shipping) => {
    const forward = totalsOf(subtotalOf(lines), shipping, 8)
    const backward = totalsOf(subtotalOf([...lines].reverse()), shipping, 8)
    return forward.total === backward.total && forward.total === forward.subtotal + shipping + forward.tax
  }))
})

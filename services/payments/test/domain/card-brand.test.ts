import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { brandOf } from '../../src/domain/card-brand.ts'

describe('brandOf', () => {
  it('when a number starts with a brand\'s prefix, then that brand is told', () => {
    const cases: [string, string][] = [
      ['4242424242424242', 'visa'],
      ['5105105105105100', 'mastercard'],
      ['5555555555554444', 'mastercard'],
      ['2221000000000009', 'mastercard'],
      ['2720990000000007', 'mastercard'],
      ['378282246310005', 'amex'],
      ['343434343434343', 'amex'],
      ['6011111111111117', 'discover'],
      ['6510000000000000', 'discover'],
    ]
    for (const [number, brand] of cases) assert.equal(brandOf(number), brand, number)
  })

  it('when the prefix is near but outside a range, then the brand is unknown', () => {
    for (const number of ['5000000000000000', '5600000000000000', '2220999999999999', '2721000000000000', '3530111333300000', '6012000000000000']) {
      assert.equal(brandOf(number), 'unknown', number)
    }
  })
})

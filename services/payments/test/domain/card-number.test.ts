import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { brandOf, luhnValid, normalizeCardNumber } from '../../src/domain/card-number.ts'

describe('luhnValid', () => {
  it('when a number is one of the industry test cards, then it passes', () => {
    for (const number of ['4242424242424242', '4000000000000002', '4000000000009995', '4000000000000119', '5555555555554444', '378282246310005', '6011111111111117']) {
      assert.equal(luhnValid(number), true, number)
    }
  })

  it('when one digit of a valid number changes, then it fails', () => {
    assert.equal(luhnValid('4242424242424241'), false)
    assert.equal(luhnValid('4000000000000003'), false)
  })

  it('when the input is too short, too long or not digits, then it fails', () => {
    assert.equal(luhnValid('0'), false)
    assert.equal(luhnValid('00000000000'), false)
    assert.equal(luhnValid('4'.repeat(20)), false)
    assert.equal(luhnValid('4242 4242 4242 4242'), false)
  })
})

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

describe('normalizeCardNumber', () => {
  it('when digit groups are separated by spaces or dashes, then only the digits remain', () => {
    assert.equal(normalizeCardNumber('4242 4242-4242 4242'), '4242424242424242')
  })
})

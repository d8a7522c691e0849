import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { luhnValid, normalizeCardNumber } from '../src/cards.ts'

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

describe('normalizeCardNumber', () => {
  it('when digit groups are separated by spaces or dashes, then only the digits remain', () => {
    assert.equal(normalizeCardNumber('4242 4242-4242 4242'), '4242424242424242')
  })
})

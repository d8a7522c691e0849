import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { inspect } from 'node:util'
import { AppError } from '@bazaar/kit'
import { readCard } from '../../src/domain/card.ts'

const now = new Date('2026-06-15T12:00:00Z')
const number = '4242424242424242'

function fieldsOf(run: () => unknown): string[] {
  try {
    run()
  } catch (error) {
    assert.ok(error instanceof AppError)
    assert.equal(error.code, 'VALIDATION_FAILED')
    assert.ok(!JSON.stringify({ message: error.message, fields: error.fields, detail: error.detail }).includes('4242'), 'the error never echoes the number')
    return (error.fields ?? []).map((field) => field.field)
  }
  assert.fail('no error thrown')
}

describe('readCard', () => {
  it('when the number passes Luhn, then the card knows its brand and last4', () => {
    const card = readCard({ number: '4242 4242 4242 4242' }, now)
    assert.equal(card.brand, 'visa')
    assert.equal(card.last4, '4242')
    assert.equal(card.number(), number)
  })

  it('when the number fails Luhn, then 400 names the field without echoing the number', () => {
    assert.deepEqual(fieldsOf(() => readCard({ number: '4242424242424241' }, now)), ['body.credit_card_number'])
  })

  it('when the expiry is this month or later, then it is accepted; when past or malformed, then 400', () => {
    readCard({ number, expiry: '06/26' }, now)
    readCard({ number, expiry: '01/30' }, now)
    assert.deepEqual(fieldsOf(() => readCard({ number, expiry: '05/26' }, now)), ['body.expiry'])
    assert.deepEqual(fieldsOf(() => readCard({ number, expiry: '13/27' }, now)), ['body.expiry'])
    assert.deepEqual(fieldsOf(() => readCard({ number, expiry: '1/27' }, now)), ['body.expiry'])
  })

  it('when the CVV is 3 or 4 digits, then it is accepted; else 400', () => {
    readCard({ number, cvv: '123' }, now)
    readCard({ number, cvv: '1234' }, now)
    assert.deepEqual(fieldsOf(() => readCard({ number, cvv: '12' }, now)), ['body.cvv'])
    assert.deepEqual(fieldsOf(() => readCard({ number: '1111', cvv: 'abc' }, now)), ['body.credit_card_number', 'body.cvv'])
  })

  it('when a card is serialised or inspected (a careless log line), then neither the number nor the CVV shows', () => {
    const card = readCard({ number, cvv: '987' }, now)
    for (const text of [JSON.stringify({ card }), inspect(card), inspect({ card }, { depth: 5 }), String(Object.values(card))]) {
      assert.ok(!text.includes(number), text)
      assert.ok(!text.includes('987'), text)
    }
    assert.deepEqual(JSON.parse(JSON.stringify(card)), { brand: 'visa', last4: '4242' })
  })
})

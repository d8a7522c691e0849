import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { Type } from 'typebox'
import { eventContract } from '@bazaar/contracts'
import { envelope } from '../../src/bus/envelope.ts'
import { readEvent } from '../../src/bus/read-event.ts'

const Paid = eventContract('parcel.sent', 1, Type.Object({ order_id: Type.String({ minLength: 1 }), total: Type.Integer() }))

describe('readEvent', () => {
  it('when the data keeps the schema, then it answers the data, typed', () => {
    const event = envelope('orders', { type: 'parcel.sent', data: { order_id: 'o1', total: 100, extra: true } })
    const data = readEvent(Paid, event)
    assert.equal(data.order_id, 'o1')
    assert.equal(data.total, 100)
  })

  it('when the data breaks the schema, then it throws naming the event and the first broken field', () => {
    const event = envelope('orders', { type: 'parcel.sent', data: { total: 100 } })
    assert.throws(() => readEvent(Paid, event), (error: Error) => error.message.startsWith(`parcel.sent ${event.id} breaks its contract: / `) && error.message.includes('order_id'))
  })
})

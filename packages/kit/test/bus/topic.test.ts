import assert from 'node:assert/strict'
import { test } from 'node:test'
import { topicMatches } from '../../src/bus/topic.ts'

test('when patterns use * and #, then they match as on a RabbitMQ topic exchange', () => {
  const cases: [string, string, boolean][] = [
    ['parcel.sent', 'parcel.sent', true],
    ['parcel.sent', 'parcel.packed', false],
    ['parcel.*', 'parcel.sent', true],
    ['parcel.*', 'parcel', false],
    ['parcel.*', 'parcel.item.added', false],
    ['*.sent', 'parcel.sent', true],
    ['parcel.#', 'parcel', true],
    ['parcel.#', 'parcel.item.added', true],
    ['#', 'invoice.settled', true],
    ['#.added', 'parcel.item.added', true],
    ['parcel.#.added', 'parcel.added', true],
    ['parcel.#.added', 'parcel.item.removed', false],
  ]
  for (const [pattern, type, expected] of cases) assert.equal(topicMatches(pattern, type), expected, `${pattern} vs ${type}`)
})

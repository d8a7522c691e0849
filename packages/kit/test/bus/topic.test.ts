import assert from 'node:assert/strict'
import { test } from 'node:test'
import { topicMatches } from '../../src/bus/topic.ts'

test('when patterns use * and #, then they match as on a RabbitMQ topic exchange', () => {
  const cases: [string, string, boolean][] = [
    ['order.paid', 'order.paid', true],
    ['order.paid', 'order.created', false],
    ['order.*', 'order.paid', true],
    ['order.*', 'order', false],
    ['order.*', 'order.item.added', false],
    ['*.paid', 'order.paid', true],
    ['order.#', 'order', true],
    ['order.#', 'order.item.added', true],
    ['#', 'payment.succeeded', true],
    ['#.added', 'order.item.added', true],
    ['order.#.added', 'order.added', true],
    ['order.#.added', 'order.item.removed', false],
  ]
  for (const [pattern, type, expected] of cases) assert.equal(topicMatches(pattern, type), expected, `${pattern} vs ${type}`)
})

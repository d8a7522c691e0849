import { test } from 'node:test'
import assert from 'node:assert/strict'
import { humanLine } from '../../src/distributed/log-line.ts'

test('when a service logs a JSON line, then a person reads its time, level, message and own fields after the process name', () => {
  const line = JSON.stringify({ level: 'warn', time: '2026-11-21T10:04:01.123Z', service: 'orders', pid: 1, message: 'order expired', order_id: 'o-1', err: { message: 'boom' }, note: 'two words' })
  assert.equal(humanLine('orders-2', 10, line), 'orders-2    10:04:01 warn  order expired  order_id=o-1  err="boom"  note="two words"')
})

test('when a process writes something that is not a JSON object, then it is shown as written', () => {
  assert.equal(humanLine('users-1', 8, 'TypeError: boom'), 'users-1   TypeError: boom')
  assert.equal(humanLine('users-1', 8, '[1,2]'), 'users-1   [1,2]')
})

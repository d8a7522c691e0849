import assert from 'node:assert/strict'
import { test } from 'node:test'
import { AppError } from '../../src/errors.ts'
import { toAppError } from '../../src/service/problem-handler.ts'

const failure = (code: string, message = 'failed') => Object.assign(new Error(message), { code })

test('when a backing service cannot be reached, whatever the driver says, then the answer is 503 UNAVAILABLE with Retry-After', () => {
  const unreachable = [
    failure('ECONNREFUSED'),
    failure('ECONNRESET'),
    failure('CONNECTION_CLOSED'),
    failure('CONNECT_TIMEOUT'),
    failure('POOL_TIMEOUT'),
    failure('57P01', 'terminating connection due to administrator command'),
    failure('08006', 'connection failure'),
    failure('53300', 'too many connections'),
    new Error('reading the cart failed', { cause: failure('ECONNREFUSED') }),
  ]
  for (const error of unreachable) {
    const answer = toAppError(error)
    assert.deepEqual([answer.code, answer.status, answer.retryAfter], ['UNAVAILABLE', 503, 1], error.message)
  }
})

test('when the database refuses a statement, then it is no outage: 500 INTERNAL, and an AppError keeps its own code', () => {
  for (const error of [failure('23505', 'duplicate key'), failure('42P01', 'no such table'), new Error('bug')]) {
    assert.equal(toAppError(error).code, 'INTERNAL', error.message)
  }
  const conflict = new AppError('CONFLICT', 'Taken')
  assert.equal(toAppError(conflict), conflict)
})

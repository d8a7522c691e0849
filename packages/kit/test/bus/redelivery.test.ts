import assert from 'node:assert/strict'
import { test } from 'node:test'
import { BrokenCircuitError } from 'cockatiel'
import { AppError } from '../../src/errors.ts'
import { failureError, unavailable } from '../../src/http/errors.ts'
import { UpstreamFailure } from '../../src/http/failure.ts'
import { isDependencyUnavailable, nextDelivery, redeliveryLevels, redeliveryPolicy } from '../../src/bus/redelivery.ts'

test('when a handler fails because a dependency is down, then the failure is told apart from a bug or a bad payload', () => {
  const down = [
    unavailable(1),
    failureError(new UpstreamFailure('timeout', 'timed out')),
    failureError(new UpstreamFailure('refused', 'refused')),
    new AppError('UNAVAILABLE', 'Service unavailable'),
    new BrokenCircuitError(),
    Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
    Object.assign(new Error('connection failure'), { code: '08006' }),
    new Error('could not notify', { cause: unavailable(undefined) }),
  ]
  const broken = [
    new Error('parcel.sent breaks its contract: /order_id required'),
    new AppError('VALIDATION_FAILED', 'Invalid'),
    new AppError('BAD_GATEWAY', 'Upstream failed'),
    new TypeError('cannot read properties of undefined'),
    'a string',
    undefined,
  ]
  assert.deepEqual(down.map(isDependencyUnavailable), down.map(() => true))
  assert.deepEqual(broken.map(isDependencyUnavailable), broken.map(() => false))
})

test('when deliveries keep failing, then the waits double from the first delay up to the cap', () => {
  assert.deepEqual(redeliveryLevels(redeliveryPolicy({ redeliveryDelayMs: 1000, maxRedeliveryDelayMs: 10_000 })), [1000, 2000, 4000, 8000, 10_000])
  assert.equal(redeliveryLevels(redeliveryPolicy({ redeliveryDelayMs: 1, maxRedeliveryDelayMs: 3_600_000 })).length, 16, 'at most 16 waits, the last the cap')
  assert.throws(() => redeliveryPolicy({ outageRetryMs: -1 }), RangeError)
})

test('when a dependency is down, then the delivery is not charged and is retried until the outage bound; any other failure is charged', () => {
  const policy = redeliveryPolicy({ redeliveryDelayMs: 100, maxRedeliveryDelayMs: 1000, outageRetryMs: 60_000 })
  const now = 1_000_000
  const failure = { deliveries: 9, excused: 8, maxAttempts: 2, firstFailedAt: now - 59_000 }
  assert.deepEqual(nextDelivery(policy, { ...failure, error: unavailable(1) }, now), { to: 'retry', delayMs: 1000, level: 4, excused: true })
  assert.deepEqual(nextDelivery(policy, { ...failure, error: unavailable(1), firstFailedAt: now - 60_000 }, now), { to: 'dlq' })
  assert.deepEqual(nextDelivery(policy, { ...failure, excused: 7, error: new Error('bug') }, now), { to: 'dlq' }, 'the second charged delivery of two')
  assert.deepEqual(nextDelivery(policy, { ...failure, excused: 0, deliveries: 1, error: new Error('bug') }, now), { to: 'retry', delayMs: 100, level: 0, excused: false })
})

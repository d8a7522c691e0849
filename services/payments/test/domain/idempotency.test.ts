import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { AppError } from '@bazaar/kit'
import { isFinal } from '../../src/domain/idempotency.ts'

describe('isFinal', () => {
  it('when an answer is a client error other than "not now", then it is final; 5xx, CONFLICT and 429 are not', () => {
    for (const final of ['PAYMENT_DECLINED', 'AMOUNT_MISMATCH', 'INVALID_TRANSITION', 'NOT_FOUND'] as const) assert.equal(isFinal(new AppError(final, final)), true, final)
    for (const transient of ['UNAVAILABLE', 'INTERNAL', 'CONFLICT', 'RATE_LIMITED', 'UPSTREAM_TIMEOUT'] as const) assert.equal(isFinal(new AppError(transient, transient)), false, transient)
  })
})

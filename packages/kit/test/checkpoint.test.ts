import assert from 'node:assert/strict'
import { subscribe, unsubscribe } from 'node:diagnostics_channel'
import { test } from 'node:test'
import { checkpoint } from '../src/checkpoint.ts'

test('when a checkpoint is reached, then its subscribers get the message, and without any nothing happens', () => {
  const seen: unknown[] = []
  const listener = (message: unknown) => seen.push(message)
  checkpoint('kit-test.reached', { n: 0 })
  subscribe('kit-test.reached', listener)
  try {
    checkpoint('kit-test.reached', { n: 1 })
    checkpoint('kit-test.other', { n: 2 })
  } finally {
    unsubscribe('kit-test.reached', listener)
  }
  checkpoint('kit-test.reached', { n: 3 })
  assert.deepEqual(seen, [{ n: 1 }])
})

import assert from 'node:assert/strict'
import { test } from 'node:test'
import { outageWatch } from '../src/outage.ts'

test('when calls fail and succeed in turn, then each outage is told once when it starts and once when it ends', () => {
  const told: string[] = []
  const watch = outageWatch({ started: (error) => told.push(`started: ${(error as Error).message}`), ended: (ms) => told.push(`ended after ${ms >= 0 ? 'some' : 'negative'} ms`) })
  watch.succeeded()
  assert.deepEqual(told, [], 'a success without an outage says nothing')
  watch.failed(new Error('first'))
  watch.failed(new Error('second'))
  watch.succeeded()
  watch.succeeded()
  watch.failed(new Error('again'))
  assert.deepEqual(told, ['started: first', 'ended after some ms', 'started: again'])
})

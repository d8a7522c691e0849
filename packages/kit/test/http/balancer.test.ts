import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createBalancer } from '../../src/http/balancer.ts'

function clock() {
  let time = 1000
  return { now: () => time, advance: (ms: number) => { time += ms } }
}

test('when replicas are healthy, then picks go round-robin', () => {
  const balancer = createBalancer(['a', 'b', 'c'], { ejectionMs: 100 })
  assert.deepEqual([1, 2, 3, 4].map(() => balancer.pick()), ['a', 'b', 'c', 'a'])
})

test('when a replica is ejected, then it is skipped until the ejection ends, and its probe decides', () => {
  const time = clock()
  const balancer = createBalancer(['a', 'b'], { ejectionMs: 100, now: time.now })
  assert.equal(balancer.eject('a'), true)
  assert.deepEqual([1, 2, 3].map(() => balancer.pick()), ['b', 'b', 'b'])
  time.advance(100)
  assert.equal(balancer.isEjected('a'), false)
  assert.ok([balancer.pick(), balancer.pick()].includes('a'))
  assert.equal(balancer.eject('a'), false, 'a failed probe is a re-ejection, not a new one')
  assert.equal(balancer.isEjected('a'), true)
  assert.equal(balancer.restore('a'), true)
  assert.equal(balancer.restore('a'), false)
})

test('when every replica is ejected, then the one due back soonest is still picked', () => {
  const time = clock()
  const balancer = createBalancer(['a', 'b'], { ejectionMs: 100, now: time.now })
  balancer.eject('b')
  time.advance(10)
  balancer.eject('a')
  assert.equal(balancer.pick(), 'b')
})

import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { waitFor } from '@bazaar/kit/testing'
import { createReplicaSet, type ReplicaSet } from '../../src/proxy/replica-set.ts'
import { startEcho, type EchoUpstream } from '../support/echo-upstream.ts'

describe('a replica set', () => {
  let echoes: EchoUpstream[]
  const sets: ReplicaSet[] = []
  const make = (urls: string[], failuresToEject = 3) => {
    const set = createReplicaSet('echo', urls, { ejectionMs: 100, failuresToEject, connectTimeoutMs: 1000, probeTimeoutMs: 500 })
    sets.push(set)
    return set
  }
  const picks = (set: ReplicaSet, count: number) => Array.from({ length: count }, () => set.pick()?.url)

  before(async () => { echoes = await Promise.all([startEcho('a'), startEcho('b')]) })
  after(async () => {
    await Promise.all(sets.map((set) => set.close()))
    await Promise.all(echoes.map((echo) => echo.stop()))
  })

  test('when no replica runs, then there is nothing to pick', () => {
    assert.equal(make([]).pick(), undefined)
  })

  test('when every replica is healthy, then they take turns', () => {
    const set = make(echoes.map((echo) => echo.url))
    assert.deepEqual(picks(set, 4), [echoes[0]!.url, echoes[1]!.url, echoes[0]!.url, echoes[1]!.url])
  })

  test('when a replica is unreachable, then it is out at once, and back once its /health answers', async () => {
    const set = make(echoes.map((echo) => echo.url))
    const first = set.replicas[0]!
    set.failed(first, 'unreachable')
    assert.equal(first.ejected, true)
    assert.deepEqual(picks(set, 3), [echoes[1]!.url, echoes[1]!.url, echoes[1]!.url])
    // The replica is in fact alive, so the probe brings it back.
    await waitFor(() => !first.ejected, { what: 'the probe to restore the replica' })
    assert.deepEqual(new Set(picks(set, 2)), new Set(echoes.map((echo) => echo.url)))
  })

  test('when a replica degrades, then it is out only after several failures in a row', () => {
    const set = make(echoes.map((echo) => echo.url), 3)
    const first = set.replicas[0]!
    set.failed(first, 'degraded')
    set.failed(first, 'degraded')
    set.succeeded(first)
    set.failed(first, 'degraded')
    set.failed(first, 'degraded')
    assert.equal(first.ejected, false)
    set.failed(first, 'degraded')
    assert.equal(first.ejected, true)
  })

  test('when every replica is out, then they are still tried in turn, and a success brings one back', async () => {
    const gone = await startEcho('gone')
    await gone.stop()
    const set = make([gone.url, echoes[0]!.url])
    for (const replica of set.replicas) set.failed(replica, 'unreachable')
    const picked = set.pick()
    assert.ok(picked)
    set.succeeded(picked)
    assert.equal(picked.ejected, false)
  })
})

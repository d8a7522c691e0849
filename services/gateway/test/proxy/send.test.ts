import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { call, json } from '../support/http.ts'
import { startPlatform, type Platform } from '../support/platform.ts'

describe('sending to replicas', () => {
  let platform: Platform
  before(async () => { platform = await startPlatform({ users: false, echoReplicas: 2 }) })
  after(() => platform.stop())

  const replicaOf = async (path: string, init?: RequestInit) => {
    const answer = await call(`${platform.url}${path}`, init)
    assert.equal(answer.status, 200, answer.text)
    return answer.json.replica as string
  }

  test('when requests arrive, then they are spread over both replicas', async () => {
    const seen = new Set<string>()
    for (let i = 0; i < 6; i++) seen.add(await replicaOf('/api/echo/spread'))
    assert.deepEqual([...seen].sort(), ['echo-1', 'echo-2'])
  })

  test('when a replica dies, then every request still succeeds on the other, a POST with its whole body', async () => {
    await platform.echoes[0]!.stop()
    // POSTs first, while the dead replica is still in rotation: refused, they go to the other one.
    for (let i = 0; i < 4; i++) {
      const body = { order: i, note: 'x'.repeat(100) }
      const answer = await call(`${platform.url}/api/echo/after-death`, json('POST', body))
      assert.equal(answer.status, 200, answer.text)
      assert.equal(answer.json.replica, 'echo-2')
      assert.equal(answer.json.bytes, JSON.stringify(body).length)
    }
    for (let i = 0; i < 6; i++) assert.equal(await replicaOf('/api/echo/after-death'), 'echo-2')
  })

  test('when every replica is down, then 503 problem with Retry-After', async () => {
    await platform.echoes[1]!.stop()
    const answer = await call(`${platform.url}/api/echo/nobody`)
    assert.equal(answer.status, 503)
    assert.equal(answer.headers.get('content-type'), 'application/problem+json; charset=utf-8')
    assert.equal(answer.json.code, 'UNAVAILABLE')
    assert.ok(Number(answer.headers.get('retry-after')) >= 1)
  })
})

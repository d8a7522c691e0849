import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { call } from '../support/http.ts'
import { startPlatform, type Platform } from '../support/platform.ts'

describe('GET /api/health', () => {
  let platform: Platform
  before(async () => { platform = await startPlatform() })
  after(() => platform.stop())

  test('when every running service is up, then 200 naming each, the services that do not run left out', async () => {
    const answer = await call(`${platform.url}/api/health`)
    assert.equal(answer.status, 200)
    assert.deepEqual(answer.json, { status: 'up', services: { users: 'up', echo: 'up', worker: 'up' } })
  })

  test('when one replica of a service is down, then the service is still up', async () => {
    await platform.echoes[0]!.stop()
    const answer = await call(`${platform.url}/api/health`)
    assert.equal(answer.status, 200)
    assert.equal((answer.json.services as Record<string, string>).echo, 'up')
  })

  test('when a service is down, then 503 with the same shape naming it down', async () => {
    await platform.worker.stop()
    const answer = await call(`${platform.url}/api/health`)
    assert.equal(answer.status, 503)
    assert.deepEqual(answer.json, { status: 'down', services: { users: 'up', echo: 'up', worker: 'down' } })
  })
})

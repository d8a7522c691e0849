import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRemoteJWKSet, jwtVerify } from 'jose'
import { jsonClient, type JsonClient } from '@bazaar/kit/testing'
import type { Grant } from './support/sign-up.ts'
import { adminEmail, adminPassword, startUsers } from './support/users-service.ts'

const kidsOf = async (api: JsonClient) => (await api.get<{ keys: { kid: string }[] }>('/.well-known/jwks.json')).body.keys.map((key) => key.kid)

describe('the users service', () => {
  let dataDir: string | undefined
  after(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true })
  })

  // One scenario, because a fresh database is what makes the first start interesting and
  // creating one is most of this test's cost.
  it('when two replicas start together and later restart on the same data, then one key signs throughout, earlier tokens verify and a changed admin password is kept', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'bazaar-users-'))
    const first = await startUsers({ dataDir, replicas: 2 })
    let admin: Grant
    let kids: string[]
    try {
      const [one, two] = first.urls.map(jsonClient) as [JsonClient, JsonClient]
      kids = await kidsOf(one)
      assert.equal(kids.length, 1)
      assert.deepEqual(await kidsOf(two), kids)
      admin = (await one.post<Grant>('/auth/login', { email: adminEmail, password: adminPassword })).body
      const listed = await two.get<{ items: { email: string; roles: string[] }[] }>('/users?limit=100', admin.access_token)
      const admins = listed.body.items.filter((user) => user.roles.includes('admin')).map((user) => user.email)
      assert.deepEqual(admins, [adminEmail], 'one admin, however many replicas')
      assert.equal(listed.body.items.filter((user) => user.email === 'demo@bazaar.local').length, 1, 'one demo shopper too')
      const changed = await two.patch('/users/me', { password: 'changed-admin-pass', current_password: adminPassword }, admin.access_token)
      assert.equal(changed.status, 200)
    } finally {
      await first.stop()
    }

    const second = await startUsers({ dataDir })
    try {
      const api = jsonClient(second.url)
      assert.deepEqual(await kidsOf(api), kids)
      const jwks = createRemoteJWKSet(new URL(`${second.url}/.well-known/jwks.json`))
      await jwtVerify(admin.access_token, jwks, { issuer: 'bazaar-users', audience: 'bazaar' })
      assert.equal((await api.get('/users/me', admin.access_token)).status, 200)
      assert.equal((await api.post('/auth/login', { email: adminEmail, password: adminPassword })).status, 401)
      assert.equal((await api.post('/auth/login', { email: adminEmail, password: 'changed-admin-pass' })).status, 200)
    } finally {
      await second.stop()
    }
  })
})

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { ConfigError, createPostgresDb } from '@bazaar/kit'
import { needServer } from '@bazaar/kit/testing'
import { loadTopology } from '@bazaar/topology'
import { startDistributedPlatform } from '../../src/index.ts'

const topologyFile = new URL('../../../../topology.yaml', import.meta.url).pathname

test('when any service has an invalid setting, then the distributed platform refuses to start, naming it, and creates no database', async (t) => {
  const url = await needServer(t, 'postgres')
  if (!url) return
  const databasePrefix = `bazaar_f${randomBytes(4).toString('hex')}_`
  const starting = startDistributedPlatform({
    topology: await loadTopology(topologyFile),
    topologyFile,
    env: { ...process.env, DATABASE_URL: url },
    randomPorts: true,
    databasePrefix,
    dropDatabasesOnStop: true,
    settings: (service): Record<string, string> => (service === 'orders' ? { RESERVATION_TTL_MS: 'soon' } : {}),
  })
  await assert.rejects(starting, (error: Error) => error instanceof ConfigError && /RESERVATION_TTL_MS/.test(error.message))
  const server = await createPostgresDb(url, { max: 1 })
  try {
    const left = await server.query<{ datname: string }>('select datname from pg_database where datname like $1', [`${databasePrefix}%`])
    assert.deepEqual(left.map((row) => row.datname), [])
  } finally {
    await server.close()
  }
})

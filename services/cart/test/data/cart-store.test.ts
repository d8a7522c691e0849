import { after, before, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { createRedisCache, type Cache, type Db } from '@bazaar/kit'
import { startRedisServer, testDatabases, type DbFactory, type RedisServer } from '@bazaar/kit/testing'
import type { CartStore } from '../../src/data/cart-store.ts'
import { createRedisCartStore } from '../../src/data/redis-cart-store.ts'
import { createSqlCartStore } from '../../src/data/sql-cart-store.ts'
import { cartStoreSuite, type Within } from './cart-store-suite.ts'

const databases = testDatabases([{ name: 'cart', folder: new URL('../../migrations/', import.meta.url) }], { prefix: 'cart' })
let redisServer: RedisServer
let redis: Cache
before(async () => {
  redisServer = await startRedisServer()
  redis = createRedisCache(redisServer.url, { namespace: 'cart' })
})
after(async () => {
  await databases.closePglite()
  await redis.close()
  await redisServer.stop()
})

const databaseOf = new WeakMap<CartStore, Db>()

/** A store on a fresh, migrated schema per test; undefined when the test is skipped. */
const stores = (factory: DbFactory) => async (t: TestContext): Promise<CartStore | undefined> => {
  const open = await factory(t)
  if (!open) return undefined
  const db = await open()
  const store = createSqlCartStore(db)
  databaseOf.set(store, db)
  return store
}
const inDatabase: Within = async (store, work) => {
  const db = databaseOf.get(store)
  assert.ok(db)
  await db.transaction(work)
}
// Redis is outside the database: a transaction is only what the consumer hands it, unused.
const inRedis: Within = (_store, work) => work({ query: async () => [] })

cartStoreSuite('PGlite', stores(databases.pglite), inDatabase)
cartStoreSuite('PostgreSQL', stores(databases.postgres), inDatabase)
// Each test uses users of its own, so one Redis serves them all.
cartStoreSuite('Redis', async () => createRedisCartStore(redis), inRedis)

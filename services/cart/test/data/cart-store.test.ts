import { after, before, type TestContext } from 'node:test'
import { createRedisCache, type Cache } from '@bazaar/kit'
import { startRedisServer, testDatabases, type DbFactory, type RedisServer } from '@bazaar/kit/testing'
import type { CartStore } from '../../src/data/cart-store.ts'
import { createRedisCartStore } from '../../src/data/redis-cart-store.ts'
import { createSqlCartStore } from '../../src/data/sql-cart-store.ts'
import { cartStoreSuite } from './cart-store-suite.ts'

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

/** A store on a fresh, migrated schema per test; undefined when the test is skipped. */
const stores = (factory: DbFactory) => async (t: TestContext): Promise<CartStore | undefined> => {
  const open = await factory(t)
  return open && createSqlCartStore(await open())
}

cartStoreSuite('PGlite', stores(databases.pglite))
cartStoreSuite('PostgreSQL', stores(databases.postgres))
// Each test uses users of its own, so one Redis serves them all.
cartStoreSuite('Redis', async () => createRedisCartStore(redis))

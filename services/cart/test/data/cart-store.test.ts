import { after, type TestContext } from 'node:test'
import { testDatabases, type DbFactory } from '@bazaar/kit/testing'
import type { CartStore } from '../../src/data/cart-store.ts'
import { createSqlCartStore } from '../../src/data/sql-cart-store.ts'
import { cartStoreSuite } from './cart-store-suite.ts'

const databases = testDatabases([{ name: 'cart', folder: new URL('../../migrations/', import.meta.url) }], { prefix: 'cart' })
after(databases.closePglite)

/** A store on a fresh, migrated schema per test; undefined when the test is skipped. */
const stores = (factory: DbFactory) => async (t: TestContext): Promise<CartStore | undefined> => {
  const open = await factory(t)
  return open && createSqlCartStore(await open())
}

cartStoreSuite('PGlite', stores(databases.pglite))
cartStoreSuite('PostgreSQL', stores(databases.postgres))

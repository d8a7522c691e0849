import { randomBytes } from 'node:crypto'
import { after } from 'node:test'
import type { PGlite } from '@electric-sql/pglite'
import { createPgliteDb, createPostgresDb, migrate, openPglite, type Db } from '@bazaar/kit'
import { needServer } from '@bazaar/kit/testing'
import type { CartStore } from '../../src/data/cart-store.ts'
import { createSqlCartStore } from '../../src/data/sql-cart-store.ts'
import { cartStoreSuite } from './cart-store-suite.ts'

const migrations = [{ name: 'cart', folder: new URL('../../migrations/', import.meta.url) }]
const schema = `test_cart_${randomBytes(6).toString('hex')}`
let pg: PGlite | undefined
let postgresDb: Db | undefined
let pgliteStore: Promise<CartStore> | undefined
let postgresStore: Promise<CartStore> | undefined

after(async () => {
  await pg?.close()
  if (postgresDb) {
    await postgresDb.query(`drop schema ${schema} cascade`)
    await postgresDb.close()
  }
})

async function prepared(db: Db): Promise<CartStore> {
  await migrate(db, migrations)
  return createSqlCartStore(db)
}

cartStoreSuite('PGlite', () => {
  pgliteStore ??= (async () => {
    pg = await openPglite()
    return prepared(await createPgliteDb(pg, 'cart'))
  })()
  return pgliteStore
})

cartStoreSuite('PostgreSQL', async (t) => {
  const url = await needServer(t, 'postgres')
  if (!url) return undefined
  postgresStore ??= (async () => {
    postgresDb = await createPostgresDb(url, { schema })
    return prepared(postgresDb)
  })()
  return postgresStore
})

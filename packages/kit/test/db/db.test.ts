import { randomBytes } from 'node:crypto'
import { after } from 'node:test'
import type { PGlite } from '@electric-sql/pglite'
import { needServer } from '@bazaar/kit/testing'
import type { Db } from '../../src/db/db.ts'
import { createPgliteDb, openPglite } from '../../src/db/pglite.ts'
import { createPostgresDb } from '../../src/db/postgres.ts'
import { dbSuite } from './db-suite.ts'

let pg: PGlite | undefined
let postgresDb: Db | undefined
const schema = `test_db_${randomBytes(6).toString('hex')}`

after(async () => {
  await pg?.close()
  if (postgresDb) {
    await postgresDb.query(`drop schema ${schema} cascade`)
    await postgresDb.close()
  }
})

dbSuite('PGlite', async () => {
  pg ??= await openPglite()
  return createPgliteDb(pg, 'suite')
}, { concurrentTransactions: false })

dbSuite('PostgreSQL', async (t) => {
  const url = await needServer(t, 'postgres')
  if (!url) return undefined
  postgresDb ??= await createPostgresDb(url, { schema })
  return postgresDb
}, { concurrentTransactions: true })

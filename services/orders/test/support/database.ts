import { randomBytes } from 'node:crypto'
import type { TestContext } from 'node:test'
import type { PGlite } from '@electric-sql/pglite'
import { createPgliteDb, createPostgresDb, migrate, openPglite, type Db } from '@bazaar/kit'
import { needServer } from '@bazaar/kit/testing'

/** The tables a service gets at start: the kit's (outbox, inbox), then the service's own. */
const sources = [
  { name: 'kit', folder: new URL('../../../../packages/kit/migrations/', import.meta.url) },
  { name: 'orders', folder: new URL('../../migrations/', import.meta.url) },
]

/**
 * Opens Dbs on one fresh, migrated schema (several calls act as replicas of one service), or
 * answers undefined when the test is skipped. A suite written once runs on both adapters.
 */
export type DbFactory = (t: TestContext) => Promise<(() => Promise<Db>) | undefined>

const randomSchema = () => `test_orders_${randomBytes(6).toString('hex')}`

let shared: Promise<PGlite> | undefined

/** One in-memory PGlite per test file (it is slow to start), a schema per test. */
export const pgliteFactory: DbFactory = async (t) => {
  shared ??= openPglite()
  const pg = await shared
  const schema = randomSchema()
  await migrate(await createPgliteDb(pg, schema), sources)
  t.after(() => pg.query(`drop schema ${schema} cascade`))
  return () => createPgliteDb(pg, schema)
}

/** Closes the file's PGlite; call from an `after` hook. */
export async function closePglite(): Promise<void> {
  if (shared) await (await shared).close()
  shared = undefined
}

export const postgresFactory: DbFactory = async (t) => {
  const url = await needServer(t, 'postgres')
  if (!url) return undefined
  const schema = randomSchema()
  const dbs: Db[] = []
  const open = async () => {
    const db = await createPostgresDb(url, { schema, max: 8 })
    dbs.push(db)
    return db
  }
  await migrate(await open(), sources)
  t.after(async () => {
    await dbs[0]?.query(`drop schema ${schema} cascade`)
    await Promise.all(dbs.map((db) => db.close()))
  })
  return open
}

export const factories: readonly [string, DbFactory][] = [['PGlite', pgliteFactory], ['PostgreSQL', postgresFactory]]

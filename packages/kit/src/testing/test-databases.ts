import { randomBytes } from 'node:crypto'
import type { TestContext } from 'node:test'
import type { PGlite } from '@electric-sql/pglite'
import type { Db } from '../db/db.ts'
import { migrate, type MigrationSource } from '../db/migrate.ts'
import { createPgliteDb, openPglite } from '../db/pglite.ts'
import { createPostgresDb } from '../db/postgres.ts'
import { needServer } from './servers.ts'

/**
 * Opens Dbs on one fresh, migrated schema of its own (several calls act as replicas of one
 * service), or answers undefined when the test is skipped. The schema is dropped after the test.
 */
export type DbFactory = (t: TestContext) => Promise<(() => Promise<Db>) | undefined>

export interface TestDatabaseOptions {
  /** Names the schemas (`test_<prefix>_<random>`), so a leftover one tells whose it is. */
  prefix?: string
  /** Pool size of each PostgreSQL Db the test opens. */
  max?: number
  /**
   * The PGlite to use when the file already has one (e.g. shared with an embedded bus); its
   * owner closes it. Without it, one is opened on first use and closePglite closes it.
   */
  pglite?: () => Promise<PGlite>
}

export interface TestDatabases {
  /** One in-memory PGlite per test file (it is slow to start), a schema per test. */
  pglite: DbFactory
  /** A schema per test on the local PostgreSQL; skipped (failed under CI) when it is down. */
  postgres: DbFactory
  /** Closes the PGlite this helper opened; call from an `after` hook. */
  closePglite(): Promise<void>
}

/** Migrated test databases on both adapters, so a suite written once runs on each. */
export function testDatabases(sources: readonly MigrationSource[], options: TestDatabaseOptions = {}): TestDatabases {
  const randomSchema = () => `test_${options.prefix ?? 'db'}_${randomBytes(6).toString('hex')}`
  let owned: Promise<PGlite> | undefined
  const sharedPglite = () => options.pglite?.() ?? (owned ??= openPglite())

  const pglite: DbFactory = async (t) => {
    const pg = await sharedPglite()
    const schema = randomSchema()
    await migrate(await createPgliteDb(pg, schema), sources)
    t.after(() => pg.query(`drop schema ${schema} cascade`))
    return () => createPgliteDb(pg, schema)
  }

  const postgres: DbFactory = async (t) => {
    const url = await needServer(t, 'postgres')
    if (!url) return undefined
    const schema = randomSchema()
    // Migrates and drops the schema; never handed out, so a test may close every Db it opened.
    const admin = await createPostgresDb(url, { schema, max: 1 })
    const dbs: Db[] = [admin]
    t.after(async () => {
      await admin.query(`drop schema ${schema} cascade`)
      await Promise.all(dbs.map((db) => db.close()))
    })
    await migrate(admin, sources)
    return async () => {
      const db = await createPostgresDb(url, options.max === undefined ? { schema } : { schema, max: options.max })
      dbs.push(db)
      return db
    }
  }

  async function closePglite(): Promise<void> {
    const pg = owned
    owned = undefined
    if (pg) await (await pg).close()
  }

  return { pglite, postgres, closePglite }
}

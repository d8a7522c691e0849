import { PGlite, type Transaction } from '@electric-sql/pglite'
import type { Db, Queryable, Row } from './db.ts'
import { INT8_OID, parseInt8, quoteIdentifier } from './pg-types.ts'

/**
 * Opens the embedded database. The embedded mode opens ONE per process and gives each service
 * a schema of it (createPgliteDb): PGlite is a single-connection Postgres, so several
 * instances would only multiply memory. In memory when no directory is given.
 */
export async function openPglite(dataDir?: string): Promise<PGlite> {
  const pg = await PGlite.create(dataDir === undefined ? {} : { dataDir })
  await pg.waitReady
  return pg
}

async function run<T extends object>(tx: Transaction, sql: string, params?: readonly unknown[]): Promise<T[]> {
  // Without parameters the simple protocol runs, so a migration file's several statements work.
  if (params === undefined || params.length === 0) {
    const results = await tx.exec(sql)
    return (results.at(-1)?.rows ?? []) as T[]
  }
  const values = params.map((value) => (value === undefined ? null : value))
  return (await tx.query<T>(sql, values)).rows
}

/**
 * A Db confined to one schema of a shared PGlite. Every call is its own transaction that first
 * points search_path at the schema with SET LOCAL: PGlite runs one transaction at a time, so
 * calls of different services interleave safely and none sees another's search_path.
 * Inside `transaction`, query through `tx`: calling the Db itself there would wait for the
 * transaction to end, forever.
 */
export async function createPgliteDb(pg: PGlite, schema: string): Promise<Db> {
  const quoted = quoteIdentifier(schema)
  // On the instance, not per query: PGlite copies every parser (hundreds, one per array type)
  // into each result when a query brings its own, which cost a sixth of the process's CPU.
  // Every Db on this instance wants the same int8 parser anyway.
  pg.parsers[INT8_OID] = parseInt8
  await pg.exec(`create schema if not exists ${quoted}`)
  let closed = false

  function inSchema<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    if (closed) return Promise.reject(new Error(`the database of schema ${schema} is closed`))
    return pg.transaction(async (tx) => {
      await tx.exec(`set local search_path to ${quoted}`)
      return work(tx)
    })
  }

  return {
    query<T extends object = Row>(sql: string, params?: readonly unknown[]): Promise<T[]> {
      return inSchema((tx) => run<T>(tx, sql, params))
    },
    transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
      return inSchema((tx) =>
        work({
          query: <R extends object = Row>(sql: string, params?: readonly unknown[]) => run<R>(tx, sql, params),
        }),
      )
    },
    async ping() {
      await inSchema((tx) => tx.query('select 1'))
    },
    // The instance is shared by every service; whoever opened it closes it.
    async close() {
      closed = true
    },
  }
}

import postgres from 'postgres'
import type { Logger } from 'pino'
import type { Db, Queryable, Row } from './db.ts'
import { INT8_OID, isAlreadyCreated, parseInt8, quoteIdentifier } from './pg-types.ts'

export interface PostgresDbOptions {
  /** Confines the Db to this schema (created if missing): tests and shared databases use it. */
  schema?: string
  /** Pool size; 10 by default. */
  max?: number
  /** How long to wait for a connection before the call rejects; 10 by default. */
  connectTimeoutSeconds?: number
  log?: Logger
}

function connect(url: string, options: PostgresDbOptions) {
  return postgres(url, {
    max: options.max ?? 10,
    connect_timeout: options.connectTimeoutSeconds ?? 10,
    onnotice: (notice) => options.log?.debug({ notice: notice.message }, 'postgres notice'),
    transform: { undefined: null },
    types: {
      bigint: {
        to: INT8_OID,
        from: [INT8_OID],
        serialize: (value: bigint | number | string) => String(value),
        parse: parseInt8,
      },
    },
    // A startup parameter, so every connection of the pool, including reconnections, has it.
    connection: options.schema === undefined ? {} : { search_path: quoteIdentifier(options.schema) },
  })
}

type Sql = ReturnType<typeof connect>
type Target = Sql | postgres.TransactionSql<Sql extends postgres.Sql<infer Types> ? Types : never>

async function run<T extends object>(sql: Target, text: string, params?: readonly unknown[]): Promise<T[]> {
  // Without parameters postgres.js uses the simple protocol, so several statements may run;
  // their results then come back as an array of row lists, of which the last is answered.
  // With parameters the statement is prepared once per connection, saving a round trip.
  const result: unknown[] = await sql.unsafe(text, params as never[] | undefined, { prepare: params !== undefined && params.length > 0 })
  const last = Array.isArray(result[0]) ? (result.at(-1) as unknown[]) : result
  return [...last] as T[]
}

/**
 * A pooled PostgreSQL Db. A call on a lost connection rejects (the service answers 503);
 * the pool opens a fresh connection for the next call by itself.
 */
export async function createPostgresDb(url: string, options: PostgresDbOptions = {}): Promise<Db> {
  const sql = connect(url, options)
  if (options.schema !== undefined) {
    try {
      await sql.unsafe(`create schema if not exists ${quoteIdentifier(options.schema)}`)
    } catch (error) {
      // Replicas starting together race on the catalogue even with IF NOT EXISTS.
      if (!isAlreadyCreated(error)) {
        await sql.end({ timeout: 1 })
        throw error
      }
    }
  }
  return {
    query<T extends object = Row>(text: string, params?: readonly unknown[]): Promise<T[]> {
      return run<T>(sql, text, params)
    },
    async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
      const result = await sql.begin((tx) =>
        work({
          query: <R extends object = Row>(text: string, params?: readonly unknown[]) => run<R>(tx, text, params),
        }),
      )
      return result as T
    },
    async ping() {
      await sql`select 1`
    },
    async close() {
      await sql.end({ timeout: 5 })
    },
  }
}

/** Creates database `name` unless it exists; two callers racing both succeed. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const quoted = quoteIdentifier(name)
  const sql = postgres(adminUrl, { max: 1, connect_timeout: 10, onnotice: () => {} })
  try {
    const existing = await sql`select 1 from pg_database where datname = ${name}`
    if (existing.length > 0) return
    await sql.unsafe(`create database ${quoted}`).catch((error: unknown) => {
      if (!isAlreadyCreated(error)) throw error
    })
  } finally {
    await sql.end({ timeout: 5 })
  }
}

import { connect as connectTcp, type Socket } from 'node:net'
import postgres from 'postgres'
import type { Logger } from 'pino'
import type { Db, Queryable, Row } from './db.ts'
import { INT8_OID, isAlreadyCreated, parseInt8, quoteIdentifier } from './pg-types.ts'

export interface PostgresDbOptions {
  /** Confines the Db to this schema (created if missing): tests and shared databases use it. */
  schema?: string
  /** Pool size: most connections held, and most calls (queries, transactions) running at once; 10 by default. */
  max?: number
  /** How long opening one connection may take before it fails; 5 by default. */
  connectTimeoutSeconds?: number
  /** How long a call waits for a free connection of the pool before it rejects; 5000 by default. */
  acquireTimeoutMs?: number
  log?: Logger
}

function connectionError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code })
}

/**
 * Opens the sockets postgres.js speaks on, each handed over while it still connects (postgres.js
 * writes once it connected, and its connect_timeout covers both); the hosts of a multi-host URL
 * are tried in turn. A server that closes a socket before answering anything (a proxy or
 * balancer in front of a database that is gone) fails the attempt with an error: on a silent
 * close postgres.js would reconnect at once, forever, and the call waiting on it would never end.
 */
function socketOpener() {
  let attempt = 0
  return (target: { host: string[]; port: number[]; path?: string | false }): Socket => {
    const index = attempt++ % target.host.length
    const socket = target.path ? connectTcp(target.path) : connectTcp(target.port[index] ?? 5432, target.host[index])
    socket.once('end', () => {
      if (socket.bytesRead === 0) socket.destroy(connectionError('CONNECTION_CLOSED', 'PostgreSQL closed the connection before answering'))
    })
    return socket
  }
}

function connect(url: string, options: PostgresDbOptions) {
  return postgres(url, {
    max: options.max ?? 10,
    connect_timeout: options.connectTimeoutSeconds ?? 5,
    // Seconds before reconnecting after a failed attempt: short and jittered, so the pool finds
    // a database that is back within about two seconds, and replicas do not knock together.
    backoff: (attempt) => Math.min(0.05 * 2 ** attempt, 2) * (0.5 + Math.random() / 2),
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
    // Documented by postgres.js, missing from its type declarations.
    ...({ socket: socketOpener() } as object),
  })
}

/**
 * At most `max` calls at once, each then has a connection of its own; the others wait their turn
 * for at most `waitMs`, so a call never waits without end for a pool that is busy or cannot
 * connect. A slot passes straight from a finished call to the next waiting one.
 */
function pool(max: number, waitMs: number) {
  let running = 0
  const waiting: (() => void)[] = []

  function acquire(): Promise<void> {
    if (running < max) {
      running++
      return Promise.resolve()
    }
    return new Promise((resolve, reject) => {
      const turn = (): void => {
        clearTimeout(timer)
        resolve()
      }
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(turn), 1)
        reject(connectionError('POOL_TIMEOUT', `no database connection was free within ${waitMs} ms`))
      }, waitMs)
      waiting.push(turn)
    })
  }

  function release(): void {
    const next = waiting.shift()
    if (next) next()
    else running--
  }

  return async function withConnection<T>(work: () => Promise<T>): Promise<T> {
    await acquire()
    try {
      return await work()
    } finally {
      release()
    }
  }
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
 * A pooled PostgreSQL Db. A call on a lost connection, or that found no connection in time,
 * rejects with a connection error code (the service answers 503); the pool opens fresh
 * connections for the next calls by itself.
 */
export async function createPostgresDb(url: string, options: PostgresDbOptions = {}): Promise<Db> {
  const sql = connect(url, options)
  const withConnection = pool(options.max ?? 10, options.acquireTimeoutMs ?? 5000)
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
      return withConnection(() => run<T>(sql, text, params))
    },
    async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
      const result = await withConnection(() => sql.begin((tx) =>
        work({
          query: <R extends object = Row>(text: string, params?: readonly unknown[]) => run<R>(tx, text, params),
        }),
      ))
      return result as T
    },
    async ping() {
      await withConnection(() => sql`select 1`)
    },
    async close() {
      await sql.end({ timeout: 5 })
    },
  }
}

/** Creates database `name` unless it exists; two callers racing both succeed. */
/** One connection to the server's admin database, for creating and dropping databases. */
function adminSql(adminUrl: string) {
  return postgres(adminUrl, { max: 1, connect_timeout: 10, onnotice: () => {}, ...({ socket: socketOpener() } as object) })
}

export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const quoted = quoteIdentifier(name)
  const sql = adminSql(adminUrl)
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

/** Drops database `name` if it exists, ending the sessions still connected to it. */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const sql = adminSql(adminUrl)
  try {
    await sql.unsafe(`drop database if exists ${quoteIdentifier(name)} with (force)`)
  } finally {
    await sql.end({ timeout: 5 })
  }
}

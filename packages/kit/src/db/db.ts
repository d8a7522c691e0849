export type Row = Record<string, unknown>

/** Anything SQL can be sent to: the pool itself or one open transaction. */
export interface Queryable {
  query<T extends object = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>
}

/**
 * A service's own database: one schema (embedded) or one database (distributed).
 * Services write plain SQL against unqualified table names; the adapter points them at
 * the right place.
 */
export interface Db extends Queryable {
  /** Runs `work` in one transaction; commits when it resolves, rolls back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>
  /** Resolves when the database answers; used by readiness. */
  ping(): Promise<void>
  close(): Promise<void>
}

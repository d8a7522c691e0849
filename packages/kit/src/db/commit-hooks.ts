import type { Db, Queryable, Row } from './db.ts'

export type Transaction = <T>(work: (tx: Queryable) => Promise<T>) => Promise<T>

/**
 * Work that must wait for a commit, such as counting a fact on /metrics: a counter moved inside
 * a transaction that then rolls back would count what never happened, and a counter cannot be
 * taken back. Tasks are queued on the transaction they belong to and run once it committed; a
 * rollback drops them.
 */
export interface CommitHooks {
  /** `transaction`, running the tasks its work queued once it committed. */
  wrap(transaction: Transaction): Transaction
  /** `db` with its transactions wrapped: for `consume`, which opens its own. */
  wrapDb(db: Db): Db
  /** Queues `task` on `tx`, which must come from `wrap` or `wrapDb`: anything else is a wiring bug. */
  afterCommit(tx: Queryable, task: () => void): void
}

export function commitHooks(): CommitHooks {
  const queues = new WeakMap<Queryable, (() => void)[]>()
  const wrap = (transaction: Transaction): Transaction => async <T>(work: (tx: Queryable) => Promise<T>): Promise<T> => {
    const queue: (() => void)[] = []
    const result = await transaction((tx) => {
      queues.set(tx, queue)
      return work(tx)
    })
    for (const task of queue) task()
    return result
  }
  return {
    wrap,
    wrapDb: (db) => ({
      query: <T extends object = Row>(sql: string, params?: readonly unknown[]) => db.query<T>(sql, params),
      transaction: wrap((work) => db.transaction(work)),
      ping: () => db.ping(),
      close: () => db.close(),
    }),
    afterCommit(tx, task) {
      const queue = queues.get(tx)
      if (!queue) throw new Error('afterCommit needs a transaction opened through commit hooks')
      queue.push(task)
    },
  }
}

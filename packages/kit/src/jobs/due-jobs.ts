import type { Queryable, Row } from '../db/db.ts'

/**
 * A table of jobs that fall due: a `due_at` column, a key, and a column set once the job ran.
 * Names come from the service's code, never from a request.
 */
export interface DueJobTable {
  table: string
  key: string
  doneAt: string
}

export interface JobStore {
  db: Queryable
  /** A transaction (one per job) whose outbox events leave right after its commit. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>
}

export interface DueJobs<Job extends Row> extends DueJobTable {
  /** Does the job, in the transaction that marked it done; answers whether it made something. */
  run(tx: Queryable, job: Job): Promise<boolean>
  /** Stops between jobs once aborted: what is left stays due for the next round. */
  signal?: AbortSignal | undefined
  batchSize?: number
}

const defaultBatchSize = 50

/**
 * Runs every job that fell due, oldest first, each in one transaction with the mark that it ran,
 * so once whatever the replicas or restarts: replicas polling one database may pick the same job,
 * and the mark lets one of them through. Answers how many made something.
 */
export async function runDueJobs<Job extends Row>(store: JobStore, jobs: DueJobs<Job>): Promise<number> {
  const batchSize = jobs.batchSize ?? defaultBatchSize
  let made = 0
  for (;;) {
    const due = await dueKeys(store.db, jobs, batchSize)
    for (const key of due) {
      if (jobs.signal?.aborted) return made
      if (await store.transaction(async (tx) => { const job = await markDone<Job>(tx, jobs, key); return job !== undefined && jobs.run(tx, job) })) made++
    }
    if (due.length < batchSize) return made
  }
}

async function dueKeys(db: Queryable, { table, key, doneAt }: DueJobTable, limit: number): Promise<string[]> {
  const rows = await db.query<Record<string, string>>(
    `select ${key} as key from ${table} where ${doneAt} is null and due_at <= clock_timestamp() order by due_at limit $1::int`,
    [limit],
  )
  return rows.map((row) => row.key as string)
}

/** Marks the job done and answers its row; undefined when another got there first. */
async function markDone<Job extends Row>(tx: Queryable, { table, key, doneAt }: DueJobTable, jobKey: string): Promise<Job | undefined> {
  const rows = await tx.query<Job>(`update ${table} set ${doneAt} = clock_timestamp() where ${key} = $1 and ${doneAt} is null returning *`, [jobKey])
  return rows[0]
}

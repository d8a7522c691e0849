import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { testDatabases } from '@bazaar/kit/testing'
import { runDueJobs, type Db, type DueJobs } from '../../src/index.ts'

const databases = testDatabases([{ name: 'jobs', folder: new URL('./migrations/', import.meta.url) }], { prefix: 'jobs', max: 4 })
after(() => databases.closePglite())

const table = { table: 'jobs', key: 'job_id', doneAt: 'done_at' }
const store = (db: Db) => ({ db, transaction: <T>(work: Parameters<Db['transaction']>[0]) => db.transaction(work) as Promise<T> })

async function schedule(db: Db, count: number, dueInMs: number, prefix = 'job'): Promise<void> {
  await db.query(
    `insert into jobs (job_id, due_at) select $1 || n, clock_timestamp() + $3::bigint * interval '1 millisecond' from generate_series(1, $2::int) n`,
    [prefix, count, dueInMs],
  )
}

/** Runs due jobs, recording which ran. */
function recording(ran: string[], more: Partial<DueJobs<{ job_id: string }>> = {}): DueJobs<{ job_id: string }> {
  return { ...table, batchSize: 3, async run(_tx, job) { ran.push(job.job_id); return true }, ...more }
}

for (const [name, factory] of [['PGlite', databases.pglite], ['PostgreSQL', databases.postgres]] as const) {
  describe(`runDueJobs on ${name}`, () => {
    it('when jobs fell due over several batches, then each runs once and later ones wait', async (t) => {
      const open = await factory(t)
      if (!open) return
      const db = await open()
      await schedule(db, 7, -1000)
      await schedule(db, 2, 60_000, 'later')
      const ran: string[] = []
      assert.equal(await runDueJobs(store(db), recording(ran)), 7)
      assert.equal(new Set(ran).size, 7)
      assert.ok(ran.every((id) => id.startsWith('job')))
      assert.equal(await runDueJobs(store(db), recording(ran)), 0, 'a job that ran is not due again')
    })

    it('when two replicas run the same due jobs at once, then each job runs once', async (t) => {
      const open = await factory(t)
      if (!open) return
      const [a, b] = await Promise.all([open(), open()])
      await schedule(a!, 10, -1000)
      const ran: string[] = []
      const made = await Promise.all([runDueJobs(store(a!), recording(ran)), runDueJobs(store(b!), recording(ran))])
      assert.equal(made[0] + made[1], 10)
      assert.equal(ran.length, 10)
      assert.equal(new Set(ran).size, 10)
    })

    it('when a job makes nothing, then it is done but not counted; when the signal aborts, then the rest stays due', async (t) => {
      const open = await factory(t)
      if (!open) return
      const db = await open()
      await schedule(db, 4, -1000)
      const stop = new AbortController()
      const ran: string[] = []
      const made = await runDueJobs(store(db), recording(ran, {
        signal: stop.signal,
        async run(_tx, job) {
          ran.push(job.job_id)
          stop.abort()
          return false
        },
      }))
      assert.equal(made, 0)
      assert.equal(ran.length, 1)
      assert.deepEqual(await db.query('select count(*)::int as due from jobs where done_at is null'), [{ due: 3 }])
    })
  })
}

import assert from 'node:assert/strict'
import { describe, test, type TestContext } from 'node:test'
import type { Db } from '../../src/db/db.ts'

export interface DbSuiteOptions {
  /** True when transactions run side by side (PostgreSQL); false when serialised (PGlite). */
  concurrentTransactions: boolean
}

/**
 * The contract every Db adapter keeps. `open` answers the Db under test, or undefined when its
 * server is unavailable (the test is then skipped). Tests share it, so each uses its own tables.
 */
export function dbSuite(name: string, open: (t: TestContext) => Promise<Db | undefined>, options: DbSuiteOptions): void {
  describe(`Db on ${name}`, () => {
    test('when a query has $n parameters, then they are bound in order', async (t) => {
      const db = await open(t)
      if (!db) return
      await db.query('create table people (id integer primary key, name text not null)')
      await db.query('insert into people (id, name) values ($1, $2), ($3, $4)', [1, 'ada', 2, 'bob'])
      assert.deepEqual(await db.query('select name from people where id = $1', [2]), [{ name: 'bob' }])
      assert.deepEqual(await db.query('select name from people where name = $1', ['nobody']), [])
    })

    test('when values of each agreed type are written and read, then they come back as agreed', async (t) => {
      const db = await open(t)
      if (!db) return
      await db.query(`create table typed (
        t text, i integer, b bigint, n numeric, bo boolean, ts timestamptz, j jsonb, ja jsonb, nothing text)`)
      const at = new Date('2024-05-06T07:08:09.123Z')
      const document = { a: [1, { b: null }], s: 'ü' }
      await db.query('insert into typed values ($1, $2, $3, $4, $5, $6, $7, $8, $9)', [
        'x', 42, Number.MAX_SAFE_INTEGER, '12.50', true, at, document, [1, 'two'], undefined,
      ])
      const [row] = await db.query('select * from typed')
      assert.deepEqual(row, {
        t: 'x', i: 42, b: Number.MAX_SAFE_INTEGER, n: '12.50', bo: true, ts: at, j: document, ja: [1, 'two'], nothing: null,
      })
      const [big] = await db.query('select $1::bigint as unsafe, count(*) as rows from typed', [2n ** 60n])
      assert.deepEqual(big, { unsafe: '1152921504606846976', rows: 1 })
    })

    test('when a table changes after a parameterised query ran, then the same query still works', async (t) => {
      const db = await open(t)
      if (!db) return
      await db.query('create table evolving (id integer)')
      await db.query('insert into evolving values ($1)', [1])
      assert.deepEqual(await db.query('select * from evolving where id = $1', [1]), [{ id: 1 }])
      await db.query('alter table evolving add column label text')
      assert.deepEqual(await db.query('select * from evolving where id = $1', [1]), [{ id: 1, label: null }])
    })

    test('when SQL without parameters holds several statements, then all run and the last one answers', async (t) => {
      const db = await open(t)
      if (!db) return
      const rows = await db.query('create table script (n integer); insert into script values (1), (2); select sum(n)::int as total from script')
      assert.deepEqual(rows, [{ total: 3 }])
    })

    test('when a statement breaks a unique key, then the error carries SQLSTATE 23505', async (t) => {
      const db = await open(t)
      if (!db) return
      await db.query('create table uniq (id integer primary key)')
      await db.query('insert into uniq values ($1)', [1])
      await assert.rejects(db.query('insert into uniq values ($1)', [1]), { code: '23505' })
    })

    test('when a transaction resolves, then its writes are committed and its value answered', async (t) => {
      const db = await open(t)
      if (!db) return
      await db.query('create table committed (n integer)')
      const value = await db.transaction(async (tx) => {
        await tx.query('insert into committed values ($1)', [1])
        await tx.query('insert into committed values ($1)', [2])
        return 'done'
      })
      assert.equal(value, 'done')
      assert.deepEqual(await db.query('select n from committed order by n'), [{ n: 1 }, { n: 2 }])
    })

    test('when a transaction throws, then it rejects with that error and none of its writes stay', async (t) => {
      const db = await open(t)
      if (!db) return
      await db.query('create table rolled (n integer)')
      const failure = new Error('changed my mind')
      await assert.rejects(
        db.transaction(async (tx) => {
          await tx.query('insert into rolled values ($1)', [1])
          throw failure
        }),
        (error) => error === failure,
      )
      assert.deepEqual(await db.query('select n from rolled'), [])
    })

    test('when a transaction is open, then readers outside see none of its writes until it commits', async (t) => {
      const db = await open(t)
      if (!db) return
      await db.query('create table pending (n integer)')
      const firstWritten = Promise.withResolvers<void>()
      const release = Promise.withResolvers<void>()
      const transaction = db.transaction(async (tx) => {
        await tx.query('insert into pending values (1)')
        firstWritten.resolve()
        await release.promise
        await tx.query('insert into pending values (2)')
      })
      await firstWritten.promise
      const outside = db.query<{ n: number }>('select count(*) as n from pending')
      if (options.concurrentTransactions) {
        assert.deepEqual(await outside, [{ n: 0 }])
        release.resolve()
      } else {
        // One connection: the reader waits for the whole transaction, never seeing half of it.
        release.resolve()
        assert.deepEqual(await outside, [{ n: 2 }])
      }
      await transaction
      assert.deepEqual(await db.query('select count(*) as n from pending'), [{ n: 2 }])
    })

    test('when 50 buyers race for 10 in stock with a conditional update, then exactly 10 succeed', async (t) => {
      const db = await open(t)
      if (!db) return
      await db.query('create table stock (id text primary key, qty integer not null check (qty >= 0))')
      await db.query('insert into stock values ($1, $2)', ['sku-1', 10])
      const attempts = Array.from({ length: 50 }, () =>
        db.query('update stock set qty = qty - 1 where id = $1 and qty >= 1 returning qty', ['sku-1']))
      const sold = (await Promise.all(attempts)).filter((rows) => rows.length === 1)
      assert.equal(sold.length, 10)
      assert.deepEqual(await db.query('select qty from stock'), [{ qty: 0 }])
    })

    test('when the database answers, then ping resolves', async (t) => {
      const db = await open(t)
      if (!db) return
      await db.ping()
    })
  })
}

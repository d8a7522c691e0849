import assert from 'node:assert/strict'
import { after, test, type TestContext } from 'node:test'
import { testDatabases, type DbFactory } from '@bazaar/kit/testing'
import type { Db } from '../../src/db/db.ts'
import { commitHooks } from '../../src/db/commit-hooks.ts'

const databases = testDatabases([], { prefix: 'hooks' })
after(databases.closePglite)

/** A test database with an empty table `fact`; undefined when the test is skipped. */
async function factTable(t: TestContext, factory: DbFactory): Promise<Db | undefined> {
  const open = await factory(t)
  if (!open) return undefined
  const db = await open()
  await db.query('create table fact (n int)')
  return db
}

for (const [name, factory] of [['PGlite', databases.pglite], ['PostgreSQL', databases.postgres]] as [string, DbFactory][]) {
  test(`${name}: when the work commits, then its tasks run after the commit (the row is there), in order, and the work's answer comes back`, async (t) => {
    const raw = await factTable(t, factory)
    if (!raw) return
    const seen: string[] = []
    const hooks = commitHooks()
    const answer = await hooks.wrapDb(raw).transaction(async (tx) => {
      await tx.query('insert into fact values (1)')
      hooks.afterCommit(tx, () => seen.push('first task'))
      hooks.afterCommit(tx, () => seen.push('second task'))
      return 42
    })
    assert.equal(answer, 42)
    assert.deepEqual(seen, ['first task', 'second task'])
    assert.deepEqual(await raw.query('select n from fact'), [{ n: 1 }])
  })

  test(`${name}: when the work throws, then the transaction rolls back (no row) and its tasks never run`, async (t) => {
    const raw = await factTable(t, factory)
    if (!raw) return
    const seen: string[] = []
    const hooks = commitHooks()
    const db = hooks.wrapDb(raw)
    await assert.rejects(db.transaction(async (tx) => {
      await tx.query('insert into fact values (1)')
      hooks.afterCommit(tx, () => seen.push('task'))
      throw new Error('rolled back')
    }), /rolled back/)
    assert.deepEqual(seen, [])
    assert.deepEqual(await raw.query('select n from fact'), [])
  })
}

test('when a task is queued on a transaction the hooks did not open, then it is refused at once', () => {
  const hooks = commitHooks()
  assert.throws(() => hooks.afterCommit({ query: async () => [] }, () => {}), /commit hooks/)
})

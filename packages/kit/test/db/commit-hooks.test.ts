import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Queryable } from '../../src/db/db.ts'
import { commitHooks, type Transaction } from '../../src/db/commit-hooks.ts'

/** A transaction as a database runs one: `work` on a fresh tx, then the commit, noted in `steps`. */
function fakeTransaction(steps: string[]): Transaction {
  return async (work) => {
    const tx: Queryable = { query: async () => [] }
    const result = await work(tx)
    steps.push('commit')
    return result
  }
}

test('when the work resolves, then its tasks run after the commit, in order, and the work\'s answer comes back', async () => {
  const steps: string[] = []
  const hooks = commitHooks()
  const answer = await hooks.wrap(fakeTransaction(steps))(async (tx) => {
    hooks.afterCommit(tx, () => steps.push('first task'))
    hooks.afterCommit(tx, () => steps.push('second task'))
    steps.push('work')
    return 42
  })
  assert.equal(answer, 42)
  assert.deepEqual(steps, ['work', 'commit', 'first task', 'second task'])
})

test('when the work throws, then the transaction rolls back and its tasks never run', async () => {
  const steps: string[] = []
  const hooks = commitHooks()
  await assert.rejects(hooks.wrap(fakeTransaction(steps))(async (tx) => {
    hooks.afterCommit(tx, () => steps.push('task'))
    throw new Error('rolled back')
  }), /rolled back/)
  assert.deepEqual(steps, [])
})

test('when a task is queued on a transaction the hooks did not open, then it is refused at once', () => {
  const hooks = commitHooks()
  assert.throws(() => hooks.afterCommit({ query: async () => [] }, () => {}), /commit hooks/)
})

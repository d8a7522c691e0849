import assert from 'node:assert/strict'
import { test } from 'node:test'
import { needServer, tcpProxy, waitFor } from '@bazaar/kit/testing'
import { createPostgresDb } from '../../src/db/postgres.ts'

/** Rejects within `ms` with an error code the services answer 503 for. */
async function rejectsWithin(call: Promise<unknown>, ms: number, codes: readonly string[]): Promise<void> {
  const started = Date.now()
  await assert.rejects(call, (error: { code?: string }) => codes.includes(String(error.code)))
  assert.ok(Date.now() - started < ms, `took ${Date.now() - started} ms`)
}

test('when the network drops every connection and refuses new ones, then calls fail within seconds, and work again once it allows them', async (t) => {
  const url = await needServer(t, 'postgres')
  if (!url) return
  const proxy = await tcpProxy(url)
  const db = await createPostgresDb(proxy.url, { max: 3 })
  t.after(async () => {
    await db.close()
    await proxy.close()
  })
  assert.deepEqual(await db.query('select 1 as one'), [{ one: 1 }])

  proxy.refuse(true)
  proxy.drop()
  // Without a limit, a connection closed before the server answered would be retried at once, forever.
  for (let i = 0; i < 10; i++) await rejectsWithin(db.query('select 1'), 5000, ['CONNECTION_CLOSED', 'POOL_TIMEOUT'])
  await rejectsWithin(db.transaction((tx) => tx.query('select 1')), 5000, ['CONNECTION_CLOSED', 'POOL_TIMEOUT'])
  await rejectsWithin(db.ping(), 5000, ['CONNECTION_CLOSED', 'POOL_TIMEOUT'])

  proxy.refuse(false)
  await waitFor(() => db.ping().then(() => true, () => false), { what: 'the pool to reconnect' })
  assert.deepEqual(await db.transaction((tx) => tx.query('select 2 as two')), [{ two: 2 }])
})

test('when every connection of the pool is busy, then a call waits at most its acquire timeout, and the pool serves again once one is free', async (t) => {
  const url = await needServer(t, 'postgres')
  if (!url) return
  const db = await createPostgresDb(url, { max: 1, acquireTimeoutMs: 300 })
  t.after(() => db.close())
  let finish = (): void => {}
  const held = new Promise<void>((resolve) => { finish = resolve })
  const holding = db.transaction(async (tx) => {
    await tx.query('select 1')
    await held
  })
  await rejectsWithin(db.query('select 1'), 2000, ['POOL_TIMEOUT'])
  finish()
  await holding
  assert.deepEqual(await db.query('select 1 as one'), [{ one: 1 }])
})

test('when many calls come at once, then the pool holds at most its size in connections and answers them all', async (t) => {
  const url = await needServer(t, 'postgres')
  if (!url) return
  const db = await createPostgresDb(url, { max: 2 })
  t.after(() => db.close())
  const answers = await Promise.all(Array.from({ length: 20 }, (_, i) =>
    db.query<{ n: number; pid: number }>('select $1::int as n, pg_backend_pid() as pid from pg_sleep(0.01)', [i])))
  assert.deepEqual(answers.map(([row]) => row?.n), Array.from({ length: 20 }, (_, i) => i))
  assert.ok(new Set(answers.map(([row]) => row?.pid)).size <= 2)
})

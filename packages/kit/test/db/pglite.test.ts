import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import type { PGlite } from '@electric-sql/pglite'
import { createPgliteDb, openPglite } from '../../src/db/pglite.ts'

let pg: PGlite
before(async () => { pg = await openPglite() })
after(() => pg.close())

test('when two services share one PGlite and their calls interleave, then each sees only its own tables', async () => {
  const orders = await createPgliteDb(pg, 'orders_interleave')
  const carts = await createPgliteDb(pg, 'carts_interleave')
  await Promise.all([orders, carts].map((db) => db.query('create table items (owner text not null)')))
  const calls = Array.from({ length: 100 }, (_, i) => {
    const [db, owner] = i % 2 === 0 ? [orders, 'orders'] : [carts, 'carts']
    return i % 3 === 0
      ? db.transaction(async (tx) => { await tx.query('insert into items values ($1)', [owner]) })
      : db.query('insert into items values ($1)', [owner])
  })
  await Promise.all(calls)
  assert.deepEqual(await orders.query('select owner, count(*) as n from items group by owner'), [{ owner: 'orders', n: 50 }])
  assert.deepEqual(await carts.query('select owner, count(*) as n from items group by owner'), [{ owner: 'carts', n: 50 }])
})

test('when one service closes its Db, then the shared instance and other services keep working', async () => {
  const leaving = await createPgliteDb(pg, 'leaving')
  const staying = await createPgliteDb(pg, 'staying')
  await leaving.close()
  await assert.rejects(leaving.query('select 1'), /closed/)
  assert.equal(pg.closed, false)
  assert.deepEqual(await staying.query('select 1 as one'), [{ one: 1 }])
})

test('when a schema name is not a plain identifier, then the Db is refused', async () => {
  await assert.rejects(createPgliteDb(pg, 'users; drop table x'), TypeError)
})

test('when PGlite is reopened on the same data directory, then the data is still there', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'bazaar-pglite-'))
  try {
    const first = await openPglite(dataDir)
    const db = await createPgliteDb(first, 'kept')
    await db.query('create table notes (body text)')
    await db.query('insert into notes values ($1)', ['remember me'])
    await first.close()

    const second = await openPglite(dataDir)
    const reopened = await createPgliteDb(second, 'kept')
    assert.deepEqual(await reopened.query('select body from notes'), [{ body: 'remember me' }])
    await second.close()
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
})

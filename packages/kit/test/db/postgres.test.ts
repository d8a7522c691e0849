import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { test } from 'node:test'
import postgres from 'postgres'
import { needServer, waitFor, freePort } from '@bazaar/kit/testing'
import { createPostgresDb, ensureDatabase } from '../../src/db/postgres.ts'

const unique = (prefix: string) => `${prefix}_${randomBytes(6).toString('hex')}`


test('when its connection is lost mid-query, then the call rejects and the pool reconnects by itself', async (t) => {
  const url = await needServer(t, 'postgres')
  if (!url) return
  const db = await createPostgresDb(url, { max: 1 })
  const admin = postgres(url, { max: 1 })
  t.after(() => Promise.all([db.close(), admin.end()]))
  const [{ pid } = { pid: 0 }] = await db.query<{ pid: number }>('select pg_backend_pid() as pid')
  const sleeping = assert.rejects(db.query('select pg_sleep(30)'))
  // The sleep may not have reached the server yet.
  await waitFor(async () => (await admin`
    select pg_terminate_backend(pid) from pg_stat_activity where pid = ${pid} and query like '%pg_sleep%'`).length > 0)
  await sleeping
  // A call racing the dying socket may fail too; then the pool reconnects without help.
  await waitFor(async () => (await db.query<{ one: number }>('select 1 as one'))[0]?.one === 1, { what: 'a fresh connection' })
})

test('when PostgreSQL is unreachable, then a call rejects instead of hanging', async () => {
  const db = await createPostgresDb(`postgres://postgres@127.0.0.1:${await freePort()}/postgres`, { connectTimeoutSeconds: 1 })
  const started = Date.now()
  await assert.rejects(db.query('select 1'))
  assert.ok(Date.now() - started < 2000)
  await db.close()
})

test('when two Dbs use different schemas of one database, then their same-named tables stay apart', async (t) => {
  const url = await needServer(t, 'postgres')
  if (!url) return
  const [first, second] = [unique('test_a'), unique('test_b')]
  const dbs = await Promise.all([first, second].map((schema) => createPostgresDb(url, { schema, max: 2 })))
  t.after(async () => {
    await dbs[0]?.query(`drop schema ${first} cascade; drop schema ${second} cascade`)
    await Promise.all(dbs.map((db) => db.close()))
  })
  for (const [i, db] of dbs.entries()) {
    await db.query('create table marks (who integer)')
    await db.query('insert into marks values ($1)', [i])
  }
  assert.deepEqual(await dbs[0]?.query('select who from marks'), [{ who: 0 }])
  assert.deepEqual(await dbs[1]?.query('select who from marks'), [{ who: 1 }])
})

test('when two callers ensure the same missing database at once, then both succeed and it exists once', async (t) => {
  const url = await needServer(t, 'postgres')
  if (!url) return
  const name = unique('test_ensure')
  const admin = postgres(url, { max: 1, onnotice: () => {} })
  t.after(async () => {
    await admin.unsafe(`drop database if exists ${name}`)
    await admin.end()
  })
  await Promise.all([ensureDatabase(url, name), ensureDatabase(url, name)])
  await ensureDatabase(url, name)
  const rows = await admin`select datname from pg_database where datname = ${name}`
  assert.equal(rows.length, 1)
})

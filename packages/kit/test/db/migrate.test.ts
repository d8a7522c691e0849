import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { after, describe, test, type TestContext } from 'node:test'
import type { PGlite } from '@electric-sql/pglite'
import { needServer } from '@bazaar/kit/testing'
import type { Db } from '../../src/db/db.ts'
import { migrate } from '../../src/db/migrate.ts'
import { createPgliteDb, openPglite } from '../../src/db/pglite.ts'
import { createPostgresDb } from '../../src/db/postgres.ts'

const uniqueSchema = () => `test_migrate_${randomBytes(6).toString('hex')}`
const folders: string[] = []
let pg: PGlite | undefined
after(async () => {
  await pg?.close()
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })))
})

async function folderWith(files: Record<string, string>): Promise<URL> {
  const folder = await mkdtemp(join(tmpdir(), 'bazaar-migrations-'))
  folders.push(folder)
  await Promise.all(Object.entries(files).map(([name, sql]) => writeFile(join(folder, name), sql)))
  return pathToFileURL(`${folder}/`)
}

async function openPostgres(t: TestContext, schema = uniqueSchema()): Promise<Db | undefined> {
  const url = await needServer(t, 'postgres')
  if (!url) return undefined
  const db = await createPostgresDb(url, { schema, max: 2 })
  t.after(async () => {
    await db.query(`drop schema if exists ${schema} cascade`)
    await db.close()
  })
  return db
}

function migrateSuite(name: string, open: (t: TestContext) => Promise<Db | undefined>): void {
  describe(`migrate on ${name}`, () => {
    test('when files are pending, then they apply once each in file-name order and a rerun applies nothing', async (t) => {
      const db = await open(t)
      if (!db) return
      const folder = await folderWith({
        '010_c.sql': `alter table things add column c integer; insert into log values ('010')`,
        '002_b.sql': `alter table things add column b integer; insert into log values ('002')`,
        '001_a.sql': 'create table things (a integer); create table log (file text)',
        'README.md': 'not a migration',
      })
      const sources = [{ name: 'app', folder }]
      assert.deepEqual(await migrate(db, sources), ['app/001_a.sql', 'app/002_b.sql', 'app/010_c.sql'])
      assert.deepEqual(await migrate(db, sources), [])
      assert.deepEqual(await db.query('select file from log order by file'), [{ file: '002' }, { file: '010' }])
    })

    test('when two sources have files of the same name, then both apply, source by source', async (t) => {
      const db = await open(t)
      if (!db) return
      const kit = await folderWith({ '001_init.sql': 'create table outbox (id integer)' })
      const app = await folderWith({ '001_init.sql': 'create table orders (id integer)' })
      const applied = await migrate(db, [{ name: 'kit', folder: kit }, { name: 'app', folder: app }])
      assert.deepEqual(applied, ['kit/001_init.sql', 'app/001_init.sql'])
    })

    test('when a source folder does not exist, then there is nothing to apply', async (t) => {
      const db = await open(t)
      if (!db) return
      const missing = pathToFileURL(join(tmpdir(), `bazaar-missing-${randomBytes(6).toString('hex')}/`))
      assert.deepEqual(await migrate(db, [{ name: 'app', folder: missing }]), [])
    })

    test('when a file fails, then the error names it, none of it stays and later files wait', async (t) => {
      const db = await open(t)
      if (!db) return
      const folder = await folderWith({
        '001_ok.sql': 'create table ok (x integer)',
        '002_bad.sql': 'create table half (x integer); select * from no_such_table',
        '003_later.sql': 'create table later (x integer)',
      })
      await assert.rejects(migrate(db, [{ name: 'app', folder }]), /app\/002_bad\.sql/)
      const [tables] = await db.query(
        `select to_regclass('ok') is not null as ok, to_regclass('half') is not null as half, to_regclass('later') is not null as later`)
      assert.deepEqual(tables, { ok: true, half: false, later: false })
      assert.deepEqual(await db.query('select name from schema_migrations'), [{ name: '001_ok.sql' }])
    })

    test('when two runs on one Db overlap, then each file applies exactly once', async (t) => {
      const db = await open(t)
      if (!db) return
      const folder = await folderWith({
        '001.sql': 'create table log (file text)',
        '002.sql': `insert into log values ('002')`,
        '003.sql': `insert into log values ('003')`,
      })
      const runs = await Promise.all([1, 2].map(() => migrate(db, [{ name: 'app', folder }])))
      assert.deepEqual(runs.flat().sort(), ['app/001.sql', 'app/002.sql', 'app/003.sql'])
      assert.deepEqual(await db.query('select file from log order by file'), [{ file: '002' }, { file: '003' }])
    })
  })
}

migrateSuite('PGlite', async () => {
  pg ??= await openPglite()
  return createPgliteDb(pg, uniqueSchema())
})

migrateSuite('PostgreSQL', (t) => openPostgres(t))

test('when 5 replicas with their own pools migrate one schema at once, then each file applies exactly once', async (t) => {
  const schema = uniqueSchema()
  const first = await openPostgres(t, schema)
  if (!first) return
  const url = await needServer(t, 'postgres')
  const others = await Promise.all([1, 2, 3, 4].map(() => createPostgresDb(url ?? '', { schema, max: 2 })))
  t.after(() => Promise.all(others.map((db) => db.close())))
  const folder = await folderWith({
    '001.sql': 'create table log (file text)',
    '002.sql': `insert into log values ('002')`,
    '003.sql': `create table extra (x integer); insert into log values ('003')`,
  })
  const runs = await Promise.all([first, ...others].map((db) => migrate(db, [{ name: 'app', folder }])))
  assert.deepEqual(runs.flat().sort(), ['app/001.sql', 'app/002.sql', 'app/003.sql'])
  assert.deepEqual(await first.query('select file from log order by file'), [{ file: '002' }, { file: '003' }])
  assert.deepEqual(await first.query('select count(*) as n from schema_migrations'), [{ n: 3 }])
})

import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { openFromTemplate, prepareTemplate, templateFile } from '../../src/db/pglite-template.ts'

const dir = await mkdtemp(join(tmpdir(), 'bazaar-template-'))
after(() => rm(dir, { recursive: true, force: true }))

test('when a data folder is new, then it starts from the template; an existing folder is opened as it is and keeps its data', async () => {
  // A template that can be told apart from initdb's empty database: it holds a marker table.
  const marked = await PGlite.create()
  await marked.exec('create table from_template (n int)')
  const template = join(dir, 'marked.tar')
  await writeFile(template, Buffer.from(await (await marked.dumpDataDir('none')).arrayBuffer()))
  await marked.close()

  const dataDir = join(dir, 'pglite')
  const first = await openFromTemplate(dataDir, template)
  assert.equal(await hasTable(first, 'from_template'), true, 'a new folder starts from the template')
  await first.exec('create table kept (n int); insert into kept values (42)')
  await first.close()
  const again = await openFromTemplate(dataDir, template)
  assert.deepEqual((await again.query<{ n: number }>('select n from kept')).rows, [{ n: 42 }], 'an existing folder is opened as it is')
  await again.close()
})

test('when there is no template, then a new folder gets an empty database of its own', async () => {
  const pg = await openFromTemplate(join(dir, 'no-template'), join(dir, 'missing.tar'))
  assert.equal(await hasTable(pg, 'from_template'), false)
  assert.deepEqual((await pg.query<{ n: number }>('select 1 as n')).rows, [{ n: 1 }])
  await pg.close()
})

test('when npm install prepared the template, then it is a loadable database', async () => {
  await prepareTemplate()
  const pg = await openFromTemplate(join(dir, 'installed'))
  assert.deepEqual((await pg.query<{ n: number }>('select 1 as n')).rows, [{ n: 1 }])
  await pg.close()
  assert.ok(existsSync(templateFile))
})

async function hasTable(pg: PGlite, name: string): Promise<boolean> {
  return (await pg.query('select 1 from pg_tables where tablename = $1', [name])).rows.length === 1
}

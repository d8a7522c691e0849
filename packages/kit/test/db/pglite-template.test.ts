import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openFromTemplate, prepareTemplate, templateFile } from '../../src/db/pglite-template.ts'

const dir = await mkdtemp(join(tmpdir(), 'bazaar-template-'))
after(() => rm(dir, { recursive: true, force: true }))

test('when a data folder is new, then it starts from the installed template and works like any database; its data stays on reopening', async () => {
  await prepareTemplate()
  assert.ok(existsSync(templateFile))
  const dataDir = join(dir, 'pglite')
  const first = await openFromTemplate(dataDir)
  await first.exec('create table kept (n int); insert into kept values (42)')
  await first.close()
  const again = await openFromTemplate(dataDir)
  assert.deepEqual((await again.query<{ n: number }>('select n from kept')).rows, [{ n: 42 }], 'an existing folder is opened as it is')
  await again.close()
})

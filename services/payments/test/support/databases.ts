import { randomBytes } from 'node:crypto'
import type { TestContext } from 'node:test'
import { createPostgresDb, migrate, type Db } from '@bazaar/kit'
import { needServer } from '@bazaar/kit/testing'

const sources = [
  { name: 'kit', folder: new URL('../migrations/', import.meta.resolve('@bazaar/kit')) },
  { name: 'payments', folder: new URL('../../migrations/', import.meta.url) },
]

/**
 * A fresh schema with the payments migrations on the local PostgreSQL, dropped after the test;
 * undefined (the test skipped) when the server is down. These tests are about what concurrent
 * transactions do, which only PostgreSQL runs side by side; the service test (app.test.ts) runs
 * every query on PGlite.
 */
export async function openPostgres(t: TestContext): Promise<Db | undefined> {
  const url = await needServer(t, 'postgres')
  if (!url) return undefined
  const schema = `test_payments_${randomBytes(6).toString('hex')}`
  const db = await createPostgresDb(url, { schema, max: 25 })
  t.after(async () => {
    await db.query(`drop schema ${schema} cascade`)
    await db.close()
  })
  await migrate(db, sources)
  return db
}

import type { TestContext } from 'node:test'
import type { Db } from '@bazaar/kit'
import { testDatabases } from '@bazaar/kit/testing'

const databases = testDatabases([
  { name: 'kit', folder: new URL('../migrations/', import.meta.resolve('@bazaar/kit')) },
  { name: 'payments', folder: new URL('../../migrations/', import.meta.url) },
], { prefix: 'payments', max: 25 })

/**
 * A fresh schema with the payments migrations on the local PostgreSQL, dropped after the test;
 * undefined (the test skipped) when the server is down. These tests are about what concurrent
 * transactions do, which only PostgreSQL runs side by side; the service test (app.test.ts) runs
 * every query on PGlite.
 */
export async function openPostgres(t: TestContext): Promise<Db | undefined> {
  const open = await databases.postgres(t)
  return open?.()
}

import { createPgliteDb, openPglite } from '@bazaar/kit'

/**
 * Microseconds one PGlite transaction holding one primary-key read takes through the adapter
 * the services use (BEGIN, search_path, the read, COMMIT), on this machine, now: the cheapest
 * thing a service can ask of its database.
 */
export async function pgliteTransactionMicros(count = 3000): Promise<number> {
  const pg = await openPglite()
  try {
    const db = await createPgliteDb(pg, 'baseline')
    await db.query('create table item (id int primary key, name text)')
    await db.query('insert into item select n, $1 || n from generate_series(1, 1000) n', ['item '])
    const reads = async (times: number) => {
      for (let n = 0; n < times; n++) await db.query('select name from item where id = $1', [(n % 1000) + 1])
    }
    await reads(300)
    const start = performance.now()
    await reads(count)
    return ((performance.now() - start) * 1000) / count
  } finally {
    await pg.close()
  }
}

import { testDatabases, type DbFactory } from '@bazaar/kit/testing'

export type { DbFactory } from '@bazaar/kit/testing'

/** The tables a service gets at start: the kit's (outbox, inbox), then the service's own. */
const databases = testDatabases([
  { name: 'kit', folder: new URL('../../../../packages/kit/migrations/', import.meta.url) },
  { name: 'orders', folder: new URL('../../migrations/', import.meta.url) },
], { prefix: 'orders', max: 8 })

export const { pglite: pgliteFactory, postgres: postgresFactory, closePglite } = databases

export const factories: readonly [string, DbFactory][] = [['PGlite', pgliteFactory], ['PostgreSQL', postgresFactory]]

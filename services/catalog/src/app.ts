import { ProductCreated, ProductUpdated } from '@bazaar/contracts'
import { defineService } from '@bazaar/kit'
import { config } from './config.ts'
import { invalidateChangedProducts } from './consumers/invalidate-changed-products.ts'
import { deps } from './deps.ts'
import { seedDemo } from './domain/demo-seed.ts'
import { routes } from './routes/routes.ts'

/** Products and categories: search, filters, sorts and admin edits, with ratings joined from the ratings service. */
export const service = defineService({
  name: 'catalog',
  description: `Products and categories: full-text search, filters, sorts, cursor pages and admin edits; publishes ${ProductCreated.type} and ${ProductUpdated.type}.`,
  config,
  uses: { db: true, bus: true, cache: true },
  calls: ['ratings'],
  publishes: [ProductCreated, ProductUpdated],
  migrations: new URL('../migrations/', import.meta.url),
  deps,
  routes,
  consumers: [invalidateChangedProducts],
  async start(deps) {
    if (deps.seedDemo) await seedDemo(deps.writes, deps.log)
  },
})

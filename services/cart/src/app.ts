import { defineService } from '@bazaar/kit'
import { config } from './config.ts'
import { takeOrderedLines } from './consumers/take-ordered-lines.ts'
import { deps } from './deps.ts'
import { routes } from './routes/routes.ts'

/** One cart per user, kept in the service's database or in Redis; prices and stock are looked up when it is read. */
export const service = defineService({
  name: 'cart',
  description: 'Shopping carts: one per user, priced from the catalog and inventory at read time.',
  config,
  uses: { db: true, bus: true },
  calls: ['catalog', 'inventory'],
  migrations: new URL('../migrations/', import.meta.url),
  deps,
  routes,
  consumers: [takeOrderedLines],
})

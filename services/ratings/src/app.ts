import { RatingCreated } from '@bazaar/contracts'
import { defineService } from '@bazaar/kit'
import { config } from './config.ts'
import { deps } from './deps.ts'
import { seedDemoRatings } from './domain/seed-demo.ts'
import { routes } from './routes/routes.ts'

/** Product ratings and reviews: one per user and product, averages for the catalog. */
export const service = defineService({
  name: 'ratings',
  description: 'Product ratings and reviews: one rating per user and product; averages for product pages and lists.',
  config,
  uses: { db: true, bus: true },
  publishes: [RatingCreated],
  migrations: new URL('../migrations/', import.meta.url),
  deps,
  routes,
  async start(deps) {
    if (deps.seedDemo) await seedDemoRatings(deps)
  },
})

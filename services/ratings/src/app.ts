import { defineLegacyService } from '@bazaar/kit'
import { config } from './config.ts'
import { seedDemoRatings } from './domain/seed-demo.ts'
import { ratingRoutes } from './routes/ratings.ts'

/** Product ratings and reviews: one per user and product, averages for the catalog. */
export const service = defineLegacyService({
  name: 'ratings',
  description: 'Product ratings and reviews: one rating per user and product; averages for product pages and lists.',
  config,
  uses: { db: true, bus: true },
  migrations: new URL('../migrations/', import.meta.url),
  routes: ratingRoutes,
  async start(ctx) {
    if (ctx.config.SEED_DEMO) await seedDemoRatings(ctx, ctx.log)
  },
})

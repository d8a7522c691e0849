import { defineLegacyService } from '@bazaar/kit'
import { config } from './config.ts'
import { catalogDeps } from './dependencies.ts'
import { seedDemo } from './domain/demo-seed.ts'
import { invalidateOnProductEvents } from './events/cache-invalidation.ts'
import { routes } from './routes/routes.ts'

/** Products and categories: search, filters, sorts and admin edits, with ratings joined from the ratings service. */
export const service = defineLegacyService({
  name: 'catalog',
  description: 'Products and categories: full-text search, filters, sorts, cursor pages and admin edits; publishes product.created and product.updated.',
  config,
  uses: { db: true, bus: true, cache: true },
  migrations: new URL('../migrations/', import.meta.url),
  routes,
  async start(ctx) {
    const deps = catalogDeps(ctx)
    await invalidateOnProductEvents({ db: ctx.db, bus: ctx.bus, service: ctx.name, cache: deps.cache })
    if (ctx.config.SEED_DEMO) await seedDemo(deps.writes, ctx.log)
  },
})

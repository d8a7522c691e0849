import { setting } from '@bazaar/kit'

/** The catalog service's own settings, on top of the base ones every service has. */
export const config = {
  SEED_DEMO: setting.boolean(true, 'Create the demo products on first start (only when there are no products yet).'),
  CACHE_TTL_MS: setting.integer(30_000, 'How long a product or a list page stays cached; short, so a missed invalidation heals.', { min: 0 }),
  RATINGS_CACHE_TTL_MS: setting.integer(10_000, 'How long a product\'s rating from the ratings service is reused.', { min: 0 }),
  DEFAULT_WEIGHT_GRAMS: setting.integer(500, 'Weight of a product created without one; shipping quotes need a weight.', { min: 0 }),
  RATING_SORT_MAX_PRODUCTS: setting.integer(1000, 'Most matching products sort=rating orders (their ratings live in the ratings service).', { min: 1 }),
}

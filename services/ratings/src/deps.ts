import type { ServiceContext } from '@bazaar/kit'
import type { config } from './config.ts'
import type { RatingDeps } from './domain/ratings.ts'

export type RatingsContext = ServiceContext<typeof config, { db: true; bus: true }>

/** Built once per running service. */
export function deps(ctx: RatingsContext): RatingDeps {
  return {
    db: ctx.db,
    outbox: ctx.outbox,
    transaction: (work) => ctx.transaction(work),
    seedDemo: ctx.config.SEED_DEMO,
    log: ctx.log,
  }
}

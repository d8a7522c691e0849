import { defineService } from '@bazaar/kit'
import { config } from './config.ts'
import { deps } from './deps.ts'
import { routes } from './routes/routes.ts'

/**
 * The one door in: routes `/api/*` to the services of the topology, verifies tokens, rate limits,
 * sets security headers and CORS, and serves the storefront. Which services run is what the
 * runtime's `urls()` says: a service with no URL is not probed and its routes answer 503.
 */
export const service = defineService({
  name: 'gateway',
  description: 'Routes /api to the services, verifies tokens, rate limits, serves the storefront.',
  config,
  uses: { cache: true },
  deps,
  routes,
})

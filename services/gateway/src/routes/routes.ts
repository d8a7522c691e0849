import type { ServiceApp, TokenVerifier } from '@bazaar/kit'
import type { GatewayDeps } from '../deps.ts'
import { registerCors } from '../edge/cors.ts'
import { loginRateLimit, registerRateLimits } from '../edge/rate-limits.ts'
import { echoRequestId } from '../edge/request-id.ts'
import { registerSecurityHeaders } from '../edge/security-headers.ts'
import { registerPlatformHealth } from './health.ts'
import { registerProxy } from './proxy.ts'
import { registerStorefront } from './storefront.ts'

/** The edge's hooks first, so they see every request; then the platform's health, the storefront and the proxied API. */
export async function routes(app: ServiceApp, deps: GatewayDeps, ctx: { verifier: TokenVerifier }): Promise<void> {
  const health = `${deps.apiPrefix}/health`
  echoRequestId(app)
  registerSecurityHeaders(app)
  await registerCors(app, deps.corsOrigins)
  await registerRateLimits(app, deps.limits, deps.counters)
  registerPlatformHealth(app, health, deps.upstreams, deps.healthProbeTimeoutMs)
  await registerStorefront(app, { apiPrefix: deps.apiPrefix, entryPoints: [health, ...deps.routes.map(({ route }) => route.prefix)] })
  await registerProxy(app, {
    routes: deps.routes,
    verifier: ctx.verifier,
    bodyLimit: deps.bodyLimit,
    trustedHops: deps.trustedHops,
    strictPaths: [`${deps.apiPrefix}/auth/login`],
    strictRateLimit: loginRateLimit(deps.limits),
  })
}

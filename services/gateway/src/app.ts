import { defineLegacyService } from '@bazaar/kit'
import { serviceNames } from '@bazaar/topology'
import { config } from './config.ts'
import { registerCors } from './edge/cors.ts'
import { loginRateLimit, registerRateLimits } from './edge/rate-limits.ts'
import { echoRequestId } from './edge/request-id.ts'
import { registerSecurityHeaders } from './edge/security-headers.ts'
import { connectTimeout, routingTable } from './proxy/routing-table.ts'
import { createUpstreams } from './proxy/upstreams.ts'
import { registerPlatformHealth } from './routes/health.ts'
import { registerProxy } from './routes/proxy.ts'
import { registerStorefront } from './routes/storefront.ts'

/**
 * The one door in: routes `/api/*` to the services of the topology, verifies tokens, rate limits,
 * sets security headers and CORS, and serves the storefront. Which services run is what the
 * runtime's `urls()` says: a service with no URL is not probed and its routes answer 503.
 */
export const service = defineLegacyService({
  name: 'gateway',
  description: 'Routes /api to the services, verifies tokens, rate limits, serves the storefront.',
  config,
  uses: { cache: true },
  async routes(app, context) {
    const { topology, config: settings } = context
    const upstreams = createUpstreams({
      services: serviceNames(topology).filter((name) => name !== context.name),
      urls: (name) => context.urls(name),
      connectTimeoutMs: (name) => connectTimeout(topology, name),
      ejectionMs: settings.UPSTREAM_EJECTION_MS,
      failuresToEject: settings.UPSTREAM_FAILURES_TO_EJECT,
      probeTimeoutMs: settings.HEALTH_PROBE_TIMEOUT_MS,
      log: context.log,
    })
    context.onClose(() => upstreams.close())
    const routes = routingTable(topology, upstreams, Math.ceil(settings.UPSTREAM_EJECTION_MS / 1000))
    const limits = {
      max: settings.RATE_LIMIT_MAX,
      windowMs: settings.RATE_LIMIT_WINDOW_MS,
      loginMax: settings.LOGIN_RATE_LIMIT_MAX,
      trustedHops: settings.TRUST_PROXY_HOPS,
    }
    const prefix = topology.gateway.prefix

    echoRequestId(app)
    registerSecurityHeaders(app)
    await registerCors(app, settings.CORS_ORIGINS)
    await registerRateLimits(app, limits, context.cache)
    registerPlatformHealth(app, `${prefix}/health`, upstreams, settings.HEALTH_PROBE_TIMEOUT_MS)
    await registerStorefront(app, { apiPrefix: prefix, entryPoints: [`${prefix}/health`, ...routes.map(({ route }) => route.prefix)] })
    await registerProxy(app, {
      routes,
      verifier: context.verifier,
      bodyLimit: settings.BODY_LIMIT_BYTES,
      trustedHops: settings.TRUST_PROXY_HOPS,
      strictPaths: [`${prefix}/auth/login`],
      strictRateLimit: loginRateLimit(limits),
    })
  },
})

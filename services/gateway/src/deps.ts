import type { Cache, ServiceContext } from '@bazaar/kit'
import { serviceNames } from '@bazaar/topology'
import type { config } from './config.ts'
import type { RateLimitSettings } from './edge/rate-limits.ts'
import { connectTimeout, routingTable, type ProxiedRoute } from './proxy/routing-table.ts'
import { createUpstreams, type Upstreams } from './proxy/upstreams.ts'

export type GatewayContext = ServiceContext<typeof config, { cache: true }, never>

export interface GatewayDeps {
  /** Every other service of the topology, as the replicas the runtime's `urls()` names. */
  upstreams: Upstreams
  /** The exposed prefixes, longest first, each with its upstream and access rules. */
  routes: readonly ProxiedRoute[]
  /** Where the API is mounted (/api); the storefront answers everything else. */
  apiPrefix: string
  limits: RateLimitSettings
  /** Rate-limit counters: Redis in distributed mode, so every replica counts together. */
  counters: Cache
  corsOrigins: readonly string[]
  bodyLimit: number
  trustedHops: number
  healthProbeTimeoutMs: number
}

export function deps(ctx: GatewayContext): GatewayDeps {
  const { topology, config: settings } = ctx
  const upstreams = createUpstreams({
    services: serviceNames(topology).filter((name) => name !== ctx.name),
    urls: (name) => ctx.urls(name),
    connectTimeoutMs: (name) => connectTimeout(topology, name),
    ejectionMs: settings.UPSTREAM_EJECTION_MS,
    failuresToEject: settings.UPSTREAM_FAILURES_TO_EJECT,
    probeTimeoutMs: settings.HEALTH_PROBE_TIMEOUT_MS,
    log: ctx.log,
  })
  ctx.onClose(() => upstreams.close())
  return {
    upstreams,
    routes: routingTable(topology, upstreams, Math.ceil(settings.UPSTREAM_EJECTION_MS / 1000)),
    apiPrefix: topology.gateway.prefix,
    limits: {
      max: settings.RATE_LIMIT_MAX,
      windowMs: settings.RATE_LIMIT_WINDOW_MS,
      loginMax: settings.LOGIN_RATE_LIMIT_MAX,
      trustedHops: settings.TRUST_PROXY_HOPS,
    },
    counters: ctx.cache,
    corsOrigins: settings.CORS_ORIGINS,
    bodyLimit: settings.BODY_LIMIT_BYTES,
    trustedHops: settings.TRUST_PROXY_HOPS,
    healthProbeTimeoutMs: settings.HEALTH_PROBE_TIMEOUT_MS,
  }
}

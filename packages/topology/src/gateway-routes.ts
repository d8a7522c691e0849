import type { HttpMethod } from './schema.ts'
import type { Topology } from './model.ts'

/**
 * One gateway route: a request whose path is `prefix` or starts with `prefix/` goes to
 * `service`, with `prefix` replaced by `upstreamPrefix` (`/api/users/1` -> users `/users/1`).
 */
export interface GatewayRoute {
  prefix: string
  service: string
  upstreamPrefix: string
  /** Absent: every method. */
  methods?: HttpMethod[]
}

/** Every exposed path under the gateway prefix, longest prefix first, so the first match wins. */
export function gatewayRoutes(t: Topology): GatewayRoute[] {
  const routes: GatewayRoute[] = []
  for (const [service, definition] of Object.entries(t.services)) {
    for (const exposed of definition.expose) {
      const route: GatewayRoute = { prefix: t.gateway.prefix + exposed.path, service, upstreamPrefix: exposed.path }
      if (exposed.methods !== undefined) route.methods = [...exposed.methods]
      routes.push(route)
    }
  }
  return routes.sort((a, b) => b.prefix.length - a.prefix.length || (a.prefix < b.prefix ? -1 : 1))
}

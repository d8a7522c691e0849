import type { Access as AccessRule, Topology } from '@bazaar/topology'

/**
 * What the gateway demands of a caller before a request reaches a service, from the topology's
 * `access` entries. Services verify and check roles again (zero trust, docs/architecture.md#5-security-model); this refuses
 * early what no service would accept, and anything not listed is left to the service.
 */
export type Access = 'public' | AccessRule['require']
export type { AccessRule }

/** Every service's rules, in the topology's order; the first match wins. */
export function accessRulesOf(topology: Topology): AccessRule[] {
  return Object.values(topology.services).flatMap((service) => service.access)
}

/** Answers what a request needs; its path without the query. */
export type AccessCheck = (method: string, path: string) => Access

interface CompiledRule {
  pattern: RegExp
  methods: ReadonlySet<string> | undefined
  access: Access
}

function compile(rule: AccessRule, gatewayPrefix: string): CompiledRule & { head: string } {
  const full = gatewayPrefix + rule.path
  const source = full
    .split('/')
    .map((segment) => (segment === '**' ? '.+' : segment === '*' ? '[^/]*' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/')
  const wildcard = full.indexOf('*')
  return {
    pattern: new RegExp(`^${source}$`),
    methods: rule.methods === undefined ? undefined : new Set(rule.methods),
    access: rule.require,
    head: wildcard === -1 ? full : full.slice(0, wildcard),
  }
}

/** `/a/b/` and `/a/%62` are `/a/b` to the upstream's router, so they must be to the rules too. */
function normalise(path: string): string {
  let decoded = path
  if (path.includes('%')) {
    try {
      decoded = decodeURIComponent(path)
    } catch {
      // Undecodable: the upstream's router rejects it too, so the path as sent is as good as any.
    }
  }
  return decoded.length > 1 && decoded.endsWith('/') ? decoded.slice(0, -1) : decoded
}

/**
 * The check for requests under one route prefix, with only the rules that can match there, so
 * a route no rule concerns (most of them) costs nothing; undefined then.
 */
export function accessCheck(rules: readonly AccessRule[], gatewayPrefix: string, routePrefix: string): AccessCheck | undefined {
  const relevant = rules
    .map((rule) => compile(rule, gatewayPrefix))
    .filter(({ head }) => head === routePrefix || head.startsWith(`${routePrefix}/`) || routePrefix.startsWith(head))
  if (relevant.length === 0) return undefined
  return (method, path) => {
    const normalised = normalise(path)
    for (const rule of relevant) {
      if ((rule.methods === undefined || rule.methods.has(method)) && rule.pattern.test(normalised)) return rule.access
    }
    return 'public'
  }
}

/**
 * What the gateway demands of a caller before a request reaches a service. Services verify and
 * check roles again (zero trust, DESIGN 5); this refuses early what no service would accept, and
 * anything not listed is left to the service (GET /api/products is public, for one). The topology
 * has no place for it yet; it belongs on its `expose` entries, next to the paths.
 */
export type Access = 'public' | 'user' | 'admin'

export interface AccessRule {
  /** Under the gateway prefix; `*` is one segment, a final `**` one or more. */
  path: string
  /** Every method when absent. */
  methods?: readonly string[]
  access: Exclude<Access, 'public'>
}

const writes = ['POST', 'PUT', 'PATCH', 'DELETE']

/** First match wins. */
export const accessRules: readonly AccessRule[] = [
  // The writes seed 000 marks "requires authentication": only an admin may make them.
  { path: '/inventory/*/update', methods: writes, access: 'admin' },
  { path: '/orders/*/status', methods: writes, access: 'admin' },
  // A customer's own things (DESIGN 5). POST /orders itself is left to orders, which decides
  // what an order placed without a token means (seed 001 places one).
  { path: '/orders/**', access: 'user' },
  { path: '/cart', access: 'user' },
  { path: '/cart/**', access: 'user' },
  { path: '/payment', access: 'user' },
  { path: '/payment/**', access: 'user' },
  { path: '/notifications', access: 'user' },
  { path: '/notifications/**', access: 'user' },
]

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
    access: rule.access,
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

import type { Call } from '@bazaar/topology'

/**
 * A topology call path uses `*` for one segment and a final `**` for the rest. Each mesh has
 * its own syntax; these translate it exactly where the mesh can say it.
 */

/** True when the path has no wildcard, so an exact match says it. */
export function isLiteral(path: string): boolean {
  return !path.includes('*')
}

/** An anchored RE2/ECMAScript regex: `/products/*` -> `^/products/[^/]+$`. */
export function pathRegex(path: string): string {
  const body = path.split('/').map((segment) => {
    if (segment === '**') return '.+'
    if (segment === '*') return '[^/]+'
    return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  }).join('/')
  return `^${body}$`
}

/** Envoy URI template syntax, which Istio AuthorizationPolicy paths accept: `/products/{*}`. */
export function uriTemplate(path: string): string {
  return path.split('/').map((segment) => (segment === '**' ? '{**}' : segment === '*' ? '{*}' : segment)).join('/')
}

/** The methods the kit's HTTP client treats as safe to repeat (packages/kit/src/http/client.ts). */
const idempotentMethods: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'])

/** A call without a method may be any method, so it is not safe to retry. */
export function isIdempotent(call: Call): boolean {
  return call.method !== undefined && idempotentMethods.has(call.method)
}

/** True when some request matches both calls: methods agree (or one is any) and the paths meet. */
export function callsOverlap(a: Call, b: Call): boolean {
  if (a.method !== undefined && b.method !== undefined && a.method !== b.method) return false
  return segmentsMeet(a.path.split('/').slice(1), b.path.split('/').slice(1))
}

function segmentsMeet(a: readonly string[], b: readonly string[]): boolean {
  const [x, ...restA] = a
  const [y, ...restB] = b
  if (x === undefined || y === undefined) return x === y
  // `**` takes one segment or more, so it meets anything that still has a segment.
  if (x === '**' || y === '**') return true
  if (x !== '*' && y !== '*' && x !== y) return false
  return segmentsMeet(restA, restB)
}

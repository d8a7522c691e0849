import type { Call } from '@bazaar/topology'
import type { IHTTPRoute } from '@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRoute'
import { isLiteral, pathRegex } from '../call-paths.ts'

export type RouteMatch = NonNullable<NonNullable<IHTTPRoute['spec']['rules']>[number]['matches']>[number]

/**
 * A call as an HTTPRoute match: an exact path, or a regular expression for wildcards, which
 * Linkerd's proxy evaluates (Gateway API leaves RegularExpression to the implementation).
 */
export function callMatch(call: Call): RouteMatch {
  return {
    path: isLiteral(call.path) ? { type: 'Exact', value: call.path } : { type: 'RegularExpression', value: pathRegex(call.path) },
    ...(call.method === undefined ? {} : { method: call.method }),
  }
}

/**
 * How Linkerd ranks the routes a request matches: an exact path beats a regular expression, a
 * longer one beats a shorter one, and a route naming the method beats one that does not.
 */
export function specificity(call: Call): [number, number, number] {
  const literal = isLiteral(call.path)
  return [literal ? 2 : 1, (literal ? call.path : pathRegex(call.path)).length, call.method === undefined ? 0 : 1]
}

/** True when `a` is at least as specific as `b`: where both match, `a`'s route may be chosen. */
export function atLeastAsSpecific(a: Call, b: Call): boolean {
  const [x, y] = [specificity(a), specificity(b)]
  for (const i of [0, 1, 2] as const) if (x[i] !== y[i]) return x[i] > y[i]
  return true
}

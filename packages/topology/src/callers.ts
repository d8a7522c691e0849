import type { Call, Expose, Topology } from './model.ts'
import { serviceOf } from './services.ts'

/** A service that calls another, and what it calls: the input of an authorization policy. */
export interface Caller {
  service: string
  calls: Call[]
}

/**
 * Who calls `service`, in file order. The gateway calls each exposed prefix (the path itself
 * and everything under it) with the exposed methods, plus whatever it declares explicitly.
 */
export function callers(t: Topology, service: string): Caller[] {
  const target = serviceOf(t, service)
  const result: Caller[] = []
  for (const [name, caller] of Object.entries(t.services)) {
    const calls = caller.dependencies.filter((d) => d.service === service).flatMap((d) => d.calls)
    if (name === t.gateway.service) calls.unshift(...routedCalls(target.expose))
    if (calls.length > 0) result.push({ service: name, calls })
  }
  return result
}

function routedCalls(expose: Expose[]): Call[] {
  return expose.flatMap(({ path, methods }) =>
    [path, `${path}/**`].flatMap((p) => (methods === undefined ? [{ path: p }] : methods.map((method) => ({ method, path: p })))),
  )
}

import type { Service, Topology } from './model.ts'

/** The service names in file order (the launcher's start order). */
export function serviceNames(t: Topology): string[] {
  return Object.keys(t.services)
}

/** A service by name; throws for a name the topology does not define (a wiring bug, caught at boot). */
export function serviceOf(t: Topology, name: string): Service {
  const service = t.services[name]
  if (service === undefined) throw new Error(`the topology defines no service named "${name}"`)
  return service
}

/** Where a service listens in embedded mode and in `bazaar start --distributed` on one machine. */
export function localUrl(t: Topology, service: string): string {
  return `http://127.0.0.1:${serviceOf(t, service).port}`
}

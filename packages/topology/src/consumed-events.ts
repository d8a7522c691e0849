import type { Topology } from './model.ts'

/** The event types (and `order.*` patterns) each service consumes, by service: its queue's bindings. */
export function consumedEvents(topology: Topology): Record<string, string[]> {
  return Object.fromEntries(Object.entries(topology.services).map(([name, service]) => [name, service.consumes]))
}

import type { JobDefinition } from '@bazaar/kit'
import { deliverDue, type DeliveryDeps } from '../domain/deliveries.ts'

/** Looks for deliveries that fell due, from the start and every `intervalMs`. */
export function deliveries(deps: DeliveryDeps, intervalMs: number): JobDefinition {
  return { name: 'delivering due shipments', intervalMs, run: (signal) => deliverDue(deps, signal) }
}

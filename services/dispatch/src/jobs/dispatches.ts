import type { JobDefinition } from '@bazaar/kit'
import { dispatchDue, type DueDispatchDeps } from '../domain/dispatches.ts'

/** Looks for dispatches that fell due, from the start and every `intervalMs`. */
export function dispatches(deps: DueDispatchDeps, intervalMs: number): JobDefinition {
  return { name: 'dispatching due orders', intervalMs, run: (signal) => dispatchDue(deps, signal) }
}

import type { JobDefinition } from '@bazaar/kit'
import { sweep, type SweepDeps } from '../domain/sweeper.ts'

/** The sweep every `intervalMs`; its first round runs at start, before events are taken. */
export function sweeper(deps: SweepDeps, intervalMs: number): JobDefinition {
  return { name: 'payments sweep', intervalMs, runNow: false, run: () => sweep(deps) }
}

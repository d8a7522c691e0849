import type { JobDefinition } from '@bazaar/kit'
import type { InventoryDeps } from '../domain/inventory.ts'
import { releaseOverdue } from '../domain/release-overdue.ts'

/** Releases overdue held reservations every interval, the first one interval after the start. */
export function reservationSweeper(deps: InventoryDeps): JobDefinition {
  return { name: 'reservation sweep', intervalMs: deps.reservationSweepIntervalMs, runNow: false, run: (signal) => releaseOverdue(deps, signal) }
}

import type { Topology } from '@bazaar/topology'
import { configReference } from './config-reference.ts'
import { serviceTable } from './service-table.ts'

/** Every generated section of the README, by marker name. */
export async function readmeSections(topology: Topology): Promise<Record<string, string>> {
  return {
    services: serviceTable(topology),
    'config-reference': await configReference(topology),
  }
}

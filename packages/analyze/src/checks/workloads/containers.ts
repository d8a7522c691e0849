import type { Workload } from '../../cluster-index.ts'
import { at, list, record, text, type Path } from '../../json.ts'

export interface ContainerAt {
  workload: Workload
  container: Record<string, unknown>
  name: string
  path: Path
}

/** A workload's containers; with `init`, its init containers too. */
export function containers(workloads: Workload[], init = false): ContainerAt[] {
  return workloads.flatMap((workload) => (init ? ['initContainers', 'containers'] : ['containers']).flatMap((field) =>
    list(workload.podSpec[field]).map((value, i) => {
      const container = record(value) ?? {}
      return { workload, container, name: text(container.name) ?? `#${i}`, path: [...workload.podPath, field, i] }
    })))
}

/** A container's security setting, or the pod's when the container leaves it out. */
export function securitySetting(c: ContainerAt, field: string): unknown {
  return at(c.container, 'securityContext', field) ?? at(c.workload.podSpec, 'securityContext', field)
}

/** Jobs run to completion: probes and replica counts do not apply to them. */
export function isLongRunning(workload: Workload): boolean {
  return workload.doc.group !== 'batch'
}

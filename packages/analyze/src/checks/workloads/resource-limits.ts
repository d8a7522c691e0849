import { report, type Check } from '../../finding.ts'
import type { Index } from '../../cluster-index.ts'
import { at } from '../../json.ts'
import { containers } from './containers.ts'

export const resourceLimits: Check<Index> = {
  code: 'BZ5003',
  level: 'warning',
  ist: null,
  name: 'MemoryLimitMissing',
  title: 'A container has no memory limit, so a leak takes memory from every pod on the node.',
  help: 'Set `resources.limits.memory`. (A CPU limit is not required: it throttles a container even on an idle node.)',
  run: (index) => containers(index.workloads).flatMap((c) => at(c.container, 'resources', 'limits', 'memory') !== undefined ? [] :
    [report(resourceLimits, c.workload.doc, [...c.path, 'resources'], `container "${c.name}" has no memory limit`)]),
}

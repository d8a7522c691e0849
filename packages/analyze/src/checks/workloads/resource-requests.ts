import { report, type Check } from '../../finding.ts'
import type { Index } from '../../cluster-index.ts'
import { at } from '../../json.ts'
import { containers } from './containers.ts'

export const resourceRequests: Check<Index> = {
  code: 'BZ5002',
  level: 'warning',
  ist: null,
  name: 'ResourceRequestsMissing',
  title: 'A container does not request CPU and memory, so the scheduler places it blind and autoscaling on CPU cannot work.',
  help: 'Set `resources.requests.cpu` and `resources.requests.memory` to what the container needs at steady load.',
  run: (index) => containers(index.workloads).flatMap((c) => {
    const missing = ['cpu', 'memory'].filter((r) => at(c.container, 'resources', 'requests', r) === undefined)
    return missing.length === 0 ? [] : [report(resourceRequests, c.workload.doc, [...c.path, 'resources'], `container "${c.name}" requests no ${missing.join(' and no ')}`)]
  }),
}

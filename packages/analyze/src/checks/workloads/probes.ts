import { report, type Check } from '../../finding.ts'
import type { Index } from '../../cluster-index.ts'
import { containers, isLongRunning } from './containers.ts'

export const probes: Check<Index> = {
  code: 'BZ5001',
  level: 'warning',
  ist: null,
  name: 'ProbeMissing',
  title: 'A long-running container has no readiness or no liveness probe.',
  help: 'Add a readinessProbe (traffic only to pods that can serve) and a livenessProbe (restart a stuck process); a slow start wants a startupProbe too.',
  run: (index) => containers(index.workloads.filter(isLongRunning)).flatMap((c) => {
    const missing = ['readinessProbe', 'livenessProbe'].filter((probe) => c.container[probe] === undefined)
    return missing.length === 0 ? [] : [report(probes, c.workload.doc, c.path, `container "${c.name}" has no ${missing.join(' and no ')}`)]
  }),
}

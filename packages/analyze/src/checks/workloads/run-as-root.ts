import { report, type Check } from '../../finding.ts'
import type { Index } from '../../cluster-index.ts'
import { integer } from '../../json.ts'
import { containers, securitySetting } from './containers.ts'

export const runAsRoot: Check<Index> = {
  code: 'BZ5004',
  level: 'warning',
  ist: null,
  name: 'MayRunAsRoot',
  title: 'A container may run as root: neither it nor its pod sets `runAsNonRoot: true` or a non-zero `runAsUser`.',
  help: 'Set `securityContext.runAsNonRoot: true` (and a `runAsUser` if the image has no numeric USER) on the pod or the container.',
  run: (index) => containers(index.workloads, true).flatMap((c) => {
    const user = integer(securitySetting(c, 'runAsUser'))
    const nonRoot = securitySetting(c, 'runAsNonRoot') === true
    if (user === 0) return [report(runAsRoot, c.workload.doc, c.path, `container "${c.name}" runs as root (runAsUser: 0)`)]
    return nonRoot || (user !== undefined && user > 0) ? [] : [report(runAsRoot, c.workload.doc, c.path, `container "${c.name}" may run as root: set runAsNonRoot: true`)]
  }),
}

import { report, type Check } from '../../finding.ts'
import type { Index } from '../../cluster-index.ts'
import { at } from '../../json.ts'
import { containers } from './containers.ts'

export const writableRoot: Check<Index> = {
  code: 'BZ5005',
  level: 'warning',
  ist: null,
  name: 'WritableRootFilesystem',
  title: 'A container\'s root filesystem is writable, so a compromised process can change its own binaries.',
  help: 'Set `securityContext.readOnlyRootFilesystem: true` on the container and mount an emptyDir where it must write (e.g. /tmp).',
  run: (index) => containers(index.workloads, true).flatMap((c) => at(c.container, 'securityContext', 'readOnlyRootFilesystem') === true ? [] :
    [report(writableRoot, c.workload.doc, c.path, `container "${c.name}" has a writable root filesystem`)]),
}

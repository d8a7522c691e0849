import { report, type Check } from '../../finding.ts'
import type { Index } from '../../cluster-index.ts'
import { securitySetting, containers } from './containers.ts'

export const proxyUid: Check<Index> = {
  code: 'BZ5008',
  level: 'warning',
  ist: 'IST0144',
  name: 'InvalidApplicationUID',
  title: 'A container runs as user 1337, the Istio sidecar\'s own: its traffic bypasses the sidecar.',
  help: 'Run the application under another user ID.',
  run: (index) => containers(index.workloads, true).flatMap((c) => securitySetting(c, 'runAsUser') !== 1337 ? [] :
    [report(proxyUid, c.workload.doc, c.path, `container "${c.name}": User ID (UID) 1337 is reserved for the sidecar proxy.`)]),
}

import { report, type Check } from '../../finding.ts'
import type { Index } from '../../cluster-index.ts'
import { at } from '../../json.ts'
import { containers } from './containers.ts'

export const privilegeEscalation: Check<Index> = {
  code: 'BZ5006',
  level: 'warning',
  ist: null,
  name: 'PrivilegeEscalationAllowed',
  title: 'A container is privileged or may gain privileges (allowPrivilegeEscalation is not false).',
  help: 'Set `securityContext.allowPrivilegeEscalation: false` on the container, drop `privileged: true`, and drop capabilities (`capabilities.drop: [ALL]`).',
  run: (index) => containers(index.workloads, true).flatMap((c) => {
    if (at(c.container, 'securityContext', 'privileged') === true) return [report(privilegeEscalation, c.workload.doc, [...c.path, 'securityContext', 'privileged'], `container "${c.name}" is privileged`)]
    return at(c.container, 'securityContext', 'allowPrivilegeEscalation') === false ? [] :
      [report(privilegeEscalation, c.workload.doc, c.path, `container "${c.name}" allows privilege escalation`)]
  }),
}

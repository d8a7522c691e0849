import { report, type Check, type Located } from '../../finding.ts'
import type { Index } from '../../cluster-index.ts'
import { multiServiceDeployments } from './services-of-workload.ts'

export const deploymentConflictingPorts: Check<Index> = {
  code: 'BZ3003',
  level: 'warning',
  ist: 'IST0137',
  name: 'DeploymentConflictingPorts',
  title: 'Services that select the same Deployment send one targetPort to different service ports; the mesh cannot tell which port the pods serve.',
  help: 'Give every Service selecting these pods the same `port` for a given targetPort.',
  run(index) {
    const found: Located[] = []
    for (const { workload, services } of multiServiceDeployments(index)) {
      const byTarget = new Map<string, Map<number, string>>()
      for (const s of services) {
        for (const p of s.ports) {
          const target = String(p.targetPort ?? p.port)
          const ports = byTarget.get(target) ?? new Map<number, string>()
          ports.set(p.port, s.name)
          byTarget.set(target, ports)
        }
      }
      for (const [target, ports] of byTarget) {
        if (ports.size < 2) continue
        const names = [...new Set(ports.values())].sort()
        const numbers = [...ports.keys()].sort((a, b) => a - b)
        found.push(report(deploymentConflictingPorts, workload.doc, ['metadata', 'name'], `This deployment ${workload.name} is associated with multiple services [${names.join(' ')}] using targetPort "${target}" but different ports: [${numbers.join(' ')}].`))
      }
    }
    return found
  },
}

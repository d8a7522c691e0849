import { report, type Check, type Located } from '../../finding.ts'
import type { Index } from '../../cluster-index.ts'
import { multiServiceDeployments } from './services-of-workload.ts'

export const deploymentPortProtocols: Check<Index> = {
  code: 'BZ3002',
  level: 'warning',
  ist: 'IST0116',
  name: 'DeploymentAssociatedToMultipleServices',
  title: 'A Deployment\'s pods are behind several Services that use the same port number with different protocols.',
  help: 'Give the port one protocol (TCP/UDP) in every Service that selects these pods, or use different port numbers.',
  run(index) {
    const found: Located[] = []
    for (const { workload, services } of multiServiceDeployments(index)) {
      const byPort = new Map<number, Map<string, string[]>>()
      for (const s of services) {
        for (const p of s.ports) {
          const protocols = byPort.get(p.port) ?? new Map<string, string[]>()
          protocols.set(p.protocol, [...(protocols.get(p.protocol) ?? []), s.name])
          byPort.set(p.port, protocols)
        }
      }
      for (const [port, protocols] of byPort) {
        if (protocols.size < 2) continue
        const names = [...protocols.values()].flat().sort()
        found.push(report(deploymentPortProtocols, workload.doc, ['metadata', 'name'], `This deployment ${workload.name} is associated with multiple services using port ${port} but different protocols: [${names.join(' ')}]`))
      }
    }
    return found
  },
}

import { report, type Check, type Located } from '../../finding.ts'
import { linkerdPolicy } from '../../groups.ts'
import type { Index } from '../../cluster-index.ts'
import { at } from '../../json.ts'
import { labelSelector, selectorText } from '../../selectors.ts'

export const serverPort: Check<Index> = {
  code: 'BZ4005',
  level: 'warning',
  ist: null,
  name: 'LinkerdServerNoMatchingPort',
  title: 'A Linkerd Server selects no pod, or none of the pods it selects has its port, so its policy applies to nothing.',
  help: 'Make `podSelector` match the pod template labels, and `port` a container port\'s name or number of those pods.',
  run(index) {
    const found: Located[] = []
    for (const server of index.of(linkerdPolicy, 'Server')) {
      const selector = labelSelector(at(server.body, 'spec', 'podSelector'))
      if (selector === undefined) continue
      const pods = index.podsMatching(selector, server.namespace)
      const port = at(server.body, 'spec', 'port')
      if (pods.length === 0) {
        found.push(report(serverPort, server, ['spec', 'podSelector'], `No pods in namespace ${server.namespace} match the podSelector ${selectorText(selector) || '(all)'}`))
      } else if ((typeof port === 'string' || typeof port === 'number') && !pods.some((p) => p.ports.some((c) => c.name === port || c.containerPort === port))) {
        found.push(report(serverPort, server, ['spec', 'port'], `No pod selected by this Server has a container port ${typeof port === 'string' ? `named "${port}"` : port}`))
      }
    }
    return found
  },
}

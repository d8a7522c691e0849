import { report, type Check, type Located } from '../../finding.ts'
import { linkerdPolicy } from '../../groups.ts'
import type { Index } from '../../cluster-index.ts'
import { at, list } from '../../json.ts'
import { parentRef, ref, routeGroups } from './refs.ts'

export const linkerdCrossNamespace: Check<Index> = {
  code: 'BZ4001',
  level: 'error',
  ist: null,
  name: 'LinkerdCrossNamespaceTarget',
  title: 'A Linkerd policy or inbound route targets something in another namespace; Linkerd only applies them within their own namespace.',
  help: 'Create the AuthorizationPolicy (or the HTTPRoute on a Server) in the namespace of the Server, route or Namespace it targets.',
  run(index) {
    const found: Located[] = []
    for (const policy of index.of(linkerdPolicy, 'AuthorizationPolicy')) {
      const target = ref(at(policy.body, 'spec', 'targetRef'), { group: '' })
      if (target.kind === 'Namespace' && target.group === '' && target.name !== undefined && target.name !== policy.namespace) {
        found.push(report(linkerdCrossNamespace, policy, ['spec', 'targetRef', 'name'], `targets namespace ${target.name}; a policy may only target its own namespace (${policy.namespace})`))
      }
    }
    for (const route of routeGroups.flatMap((g) => index.of(g, 'HTTPRoute'))) {
      list(at(route.body, 'spec', 'parentRefs')).forEach((value, i) => {
        const parent = parentRef(value)
        if (parent.group !== linkerdPolicy || parent.kind !== 'Server' || parent.namespace === undefined || parent.namespace === route.namespace) return
        found.push(report(linkerdCrossNamespace, route, ['spec', 'parentRefs', i, 'namespace'], `parent Server ${parent.namespace}/${parent.name} is in another namespace; a route on a Server must be in the Server's namespace`))
      })
    }
    return found
  },
}

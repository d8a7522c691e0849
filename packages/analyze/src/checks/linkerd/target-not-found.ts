import type { Doc } from '../../doc.ts'
import { report, type Check, type Located } from '../../finding.ts'
import { linkerdPolicy } from '../../groups.ts'
import type { Index } from '../../cluster-index.ts'
import { at, integer, list } from '../../json.ts'
import { parentRef, ref, routeGroups, type Ref } from './refs.ts'

export const linkerdTargetNotFound: Check<Index> = {
  code: 'BZ4002',
  level: 'error',
  ist: null,
  name: 'LinkerdTargetNotFound',
  title: 'A Linkerd AuthorizationPolicy targets, or an HTTPRoute is attached to, a Server, route or Service (port) that does not exist.',
  help: 'Correct the targetRef or parentRef (group, kind and name), or create what it names; a parent Service\'s `port` must be one of the Service\'s ports.',
  run(index) {
    const found: Located[] = []
    for (const policy of index.of(linkerdPolicy, 'AuthorizationPolicy')) {
      const target = ref(at(policy.body, 'spec', 'targetRef'), { group: '' })
      const missing = missingTarget(index, policy, target)
      if (missing) found.push(report(linkerdTargetNotFound, policy, ['spec', 'targetRef', 'name'], missing))
    }
    for (const route of routeGroups.flatMap((g) => index.of(g, 'HTTPRoute'))) {
      list(at(route.body, 'spec', 'parentRefs')).forEach((value, i) => {
        const missing = missingTarget(index, route, parentRef(value))
        if (missing) found.push(report(linkerdTargetNotFound, route, ['spec', 'parentRefs', i], `parent ${missing}`))
      })
    }
    return found
  },
}

function missingTarget(index: Index, from: Doc, target: Ref): string | undefined {
  const namespace = target.namespace ?? from.namespace ?? 'default'
  if (target.name === undefined || !index.described(namespace)) return undefined
  if (target.group === linkerdPolicy && target.kind === 'Server') {
    return index.find(linkerdPolicy, 'Server', namespace, target.name) ? undefined : `Server ${namespace}/${target.name} not found`
  }
  if (routeGroups.includes(target.group) && (target.kind === 'HTTPRoute' || target.kind === 'GRPCRoute')) {
    const kind = target.kind
    return routeGroups.some((g) => index.find(g, kind, namespace, target.name ?? '')) ? undefined : `${kind} ${namespace}/${target.name} not found`
  }
  if (target.group === '' && target.kind === 'Service') {
    const service = index.service(namespace, target.name)
    if (service === undefined) return `Service ${namespace}/${target.name} not found`
    const port = integer(target.port)
    if (port !== undefined && !service.ports.some((p) => p.port === port)) return `Service ${namespace}/${target.name} has no port ${port}`
  }
  return undefined
}

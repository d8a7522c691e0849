import { report, type Check, type Located } from '../../finding.ts'
import { linkerdProfiles } from '../../groups.ts'
import type { Index } from '../../cluster-index.ts'
import { at, list } from '../../json.ts'
import { parentRef, routeGroups } from './refs.ts'

const annotationPrefixes = ['retry.linkerd.io/', 'timeout.linkerd.io/']

export const serviceProfileShadow: Check<Index> = {
  code: 'BZ4006',
  level: 'warning',
  ist: null,
  name: 'ServiceProfileShadowsRoute',
  title: 'An HTTPRoute sets retries or timeouts by annotation on a Service that also has a ServiceProfile; Linkerd uses the ServiceProfile and ignores the route.',
  help: 'Delete the ServiceProfile (and move its routes, retries and timeouts to HTTPRoutes), or keep the policy in the ServiceProfile and drop the annotations.',
  run(index) {
    const profiles = new Map(index.of(linkerdProfiles, 'ServiceProfile').map((p) => [p.name, p]))
    const found: Located[] = []
    for (const route of routeGroups.flatMap((g) => index.of(g, 'HTTPRoute'))) {
      if (!Object.keys(route.annotations).some((a) => annotationPrefixes.some((prefix) => a.startsWith(prefix)))) continue
      for (const value of list(at(route.body, 'spec', 'parentRefs'))) {
        const parent = parentRef(value)
        if (parent.group !== '' || parent.kind !== 'Service' || parent.name === undefined) continue
        const host = `${parent.name}.${parent.namespace ?? route.namespace}.svc.cluster.local`
        const profile = profiles.get(host)
        if (profile === undefined) continue
        found.push(report(serviceProfileShadow, route, ['metadata', 'annotations'], `retry and timeout annotations are ignored: ServiceProfile ${profile.namespace}/${profile.name} for Service ${host} takes precedence over HTTPRoutes`))
      }
    }
    return found
  },
}

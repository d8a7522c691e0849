import { report, type Check, type Located } from '../../finding.ts'
import type { Index } from '../../cluster-index.ts'
import { at, integer, list } from '../../json.ts'
import { ref, routeGroups } from './refs.ts'

export const routeBackends: Check<Index> = {
  code: 'BZ4004',
  level: 'error',
  ist: null,
  name: 'HTTPRouteBackendInvalid',
  title: 'An HTTPRoute sends to a Service without a port, to a port the Service does not have, or to a Service that does not exist.',
  help: 'Give every Service backendRef the `port` of the Service to send to (the Gateway API requires it and Linkerd refuses the route without it), and name an existing Service.',
  run(index) {
    const found: Located[] = []
    for (const route of routeGroups.flatMap((g) => index.of(g, 'HTTPRoute'))) {
      list(at(route.body, 'spec', 'rules')).forEach((rule, i) => {
        list(at(rule, 'backendRefs')).forEach((value, j) => {
          const backend = ref(value, { group: '', kind: 'Service' })
          if (backend.group !== '' || backend.kind !== 'Service' || backend.name === undefined) return
          const path = ['spec', 'rules', i, 'backendRefs', j]
          const namespace = backend.namespace ?? route.namespace ?? 'default'
          const port = integer(backend.port)
          const service = index.service(namespace, backend.name)
          if (port === undefined) found.push(report(routeBackends, route, path, `backendRef to Service ${backend.name} has no port`))
          else if (service !== undefined && !service.ports.some((p) => p.port === port)) found.push(report(routeBackends, route, [...path, 'port'], `backend Service ${namespace}/${backend.name} has no port ${port}`))
          if (service === undefined && index.described(namespace)) found.push(report(routeBackends, route, [...path, 'name'], `backend Service ${namespace}/${backend.name} not found`))
        })
      })
    }
    return found
  },
}

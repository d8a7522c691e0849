import type { Doc } from '../../doc.ts'
import { report, type Check, type Located } from '../../finding.ts'
import { istioNetworking } from '../../groups.ts'
import type { Index } from '../../cluster-index.ts'
import { at, list } from '../../json.ts'
import { boundToMesh } from '../../istio/destinations.ts'
import { fqdn } from '../../istio/hosts.ts'

export const vsMeshHostConflict: Check<Index> = {
  code: 'BZ2007',
  level: 'error',
  ist: 'IST0109',
  name: 'ConflictingMeshGatewayVirtualServiceHosts',
  title: 'Several VirtualServices for sidecars (the `mesh` gateway) define the same host; which one applies is undefined.',
  help: 'Merge the VirtualServices of that host into one, or bind all but one to a Gateway.',
  run(index) {
    const byHost = new Map<string, { vs: Doc; index: number }[]>()
    for (const vs of index.of(istioNetworking, 'VirtualService')) {
      if (!boundToMesh(vs)) continue
      list(at(vs.body, 'spec', 'hosts')).forEach((host, i) => {
        if (typeof host !== 'string') return
        const name = fqdn(host, vs.namespace ?? 'default')
        byHost.set(name, [...(byHost.get(name) ?? []), { vs, index: i }])
      })
    }
    const found: Located[] = []
    for (const [host, entries] of byHost) {
      const names = [...new Set(entries.map((e) => `${e.vs.namespace}/${e.vs.name}`))]
      if (names.length < 2) continue
      for (const e of entries) {
        found.push(report(vsMeshHostConflict, e.vs, ['spec', 'hosts', e.index], `The VirtualServices ${names.join(',')} associated with mesh gateway define the same host ${host} which can lead to undefined behavior. Merge them into one VirtualService.`))
      }
    }
    return found
  },
}

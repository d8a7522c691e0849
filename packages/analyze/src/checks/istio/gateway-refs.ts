import type { Doc } from '../../doc.ts'
import { istioNetworking } from '../../groups.ts'
import type { Index } from '../../cluster-index.ts'
import { at, list, type Path } from '../../json.ts'

export interface GatewayRef {
  ref: string
  path: Path
  namespace: string
  name: string
  gateway: Doc | undefined
}

/** The Gateways a VirtualService binds to (`mesh` is not one), looked up in the files. */
export function gatewayRefs(index: Index, vs: Doc): GatewayRef[] {
  return list(at(vs.body, 'spec', 'gateways')).flatMap((ref, i): GatewayRef[] => {
    if (typeof ref !== 'string' || ref === 'mesh') return []
    const slash = ref.indexOf('/')
    const namespace = slash < 0 ? (vs.namespace ?? 'default') : ref.slice(0, slash)
    const name = slash < 0 ? ref : ref.slice(slash + 1)
    return [{ ref, path: ['spec', 'gateways', i], namespace, name, gateway: index.find(istioNetworking, 'Gateway', namespace, name) }]
  })
}

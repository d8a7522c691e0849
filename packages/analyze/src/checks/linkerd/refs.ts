import { gatewayApi, linkerdPolicy } from '../../groups.ts'
import { record, text } from '../../json.ts'

/** A reference as Linkerd and the Gateway API write it: group (core when empty), kind, name, namespace. */
export interface Ref {
  group: string
  kind: string | undefined
  name: string | undefined
  namespace: string | undefined
  port: unknown
}

export function ref(value: unknown, defaults: { group: string; kind?: string }): Ref {
  const r = record(value)
  return {
    group: text(r?.group) ?? defaults.group,
    kind: text(r?.kind) ?? defaults.kind,
    name: text(r?.name),
    namespace: text(r?.namespace),
    port: r?.port,
  }
}

/** A route's parentRef: the Gateway API's defaults are its own group and kind Gateway. */
export function parentRef(value: unknown): Ref {
  return ref(value, { group: gatewayApi, kind: 'Gateway' })
}

/** The groups of the HTTPRoutes Linkerd reads: the Gateway API's and its own older one. */
export const routeGroups = [gatewayApi, linkerdPolicy]

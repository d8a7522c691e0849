import type { Doc } from '../doc.ts'
import { istioNetworking } from '../groups.ts'
import type { Index, ServiceInfo } from '../cluster-index.ts'
import { at, integer, list, record } from '../json.ts'

const clusterSuffix = '.svc.cluster.local'

/** Istio reads a host without dots as a Service in the referring object's namespace. */
export function fqdn(host: string, namespace: string): string {
  return host.includes('.') || host === '*' ? host : `${host}.${namespace}${clusterSuffix}`
}

/** `reviews.shop.svc.cluster.local` -> shop/reviews; undefined for any other host. */
export function serviceOfHost(host: string): { namespace: string; name: string } | undefined {
  if (!host.endsWith(clusterSuffix)) return undefined
  const parts = host.slice(0, -clusterSuffix.length).split('.')
  return parts.length === 2 && parts[0] && parts[1] ? { name: parts[0], namespace: parts[1] } : undefined
}

/** True when two hosts, either of which may be a `*.` wildcard, have a name in common. */
export function hostsOverlap(a: string, b: string): boolean {
  if (a === b || a === '*' || b === '*') return true
  const wildA = a.startsWith('*.')
  const wildB = b.startsWith('*.')
  if (wildA && wildB) return a.length > b.length ? a.endsWith(b.slice(1)) : b.endsWith(a.slice(1))
  if (wildA) return b.endsWith(a.slice(1))
  if (wildB) return a.endsWith(b.slice(1))
  return false
}

export type Resolved =
  | { found: 'service'; service: ServiceInfo; ports: number[] }
  | { found: 'entry'; entry: Doc; ports: number[] }
  | { found: 'missing' }
  /** A wildcard, or a namespace the files do not describe: nothing can be said. */
  | { found: 'unknown' }

const entryHosts = new WeakMap<Index, { host: string; entry: Doc }[]>()

/** What a host in an Istio object names: a Service, a ServiceEntry's host, or nothing known. */
export function resolveHost(index: Index, host: string, namespace: string): Resolved {
  if (host.includes('*')) return { found: 'unknown' }
  const name = fqdn(host, namespace)
  let entries = entryHosts.get(index)
  if (entries === undefined) {
    entries = index.of(istioNetworking, 'ServiceEntry').flatMap((entry) => list(at(entry.body, 'spec', 'hosts')).flatMap((h) => (typeof h === 'string' ? [{ host: h, entry }] : [])))
    entryHosts.set(index, entries)
  }
  const entry = entries.find((e) => e.host === name) ?? entries.find((e) => e.host.startsWith('*') && hostsOverlap(e.host, name))
  if (entry !== undefined) return { found: 'entry', entry: entry.entry, ports: entryPorts(entry.entry) }
  const ref = serviceOfHost(name)
  if (ref !== undefined) {
    const service = index.service(ref.namespace, ref.name)
    if (service !== undefined) return { found: 'service', service, ports: service.ports.map((p) => p.port) }
    if (!index.described(ref.namespace)) return { found: 'unknown' }
  }
  return { found: 'missing' }
}

function entryPorts(entry: Doc): number[] {
  return list(at(entry.body, 'spec', 'ports')).flatMap((p) => {
    const n = integer(record(p)?.number)
    return n === undefined ? [] : [n]
  })
}

/** A Gateway server's host without its `namespace/` part. */
export function serverHost(host: string): string {
  const slash = host.indexOf('/')
  return slash < 0 ? host : host.slice(slash + 1)
}

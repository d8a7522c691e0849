import type { Doc } from '../doc.ts'
import { at, integer, list, record, text, type Path } from '../json.ts'

export interface Destination {
  /** Path of the `destination` object in the VirtualService. */
  path: Path
  host: string
  subset: string | undefined
  port: number | undefined
}

/** Every destination a VirtualService sends to: its HTTP, TCP and TLS routes, and its mirrors. */
export function destinations(vs: Doc): Destination[] {
  const found: Destination[] = []
  const add = (value: unknown, path: Path) => {
    const host = text(at(value, 'host'))
    if (host === undefined) return
    found.push({ path, host, subset: text(at(value, 'subset')), port: integer(at(value, 'port', 'number')) })
  }
  for (const protocol of ['http', 'tcp', 'tls'] as const) {
    list(at(vs.body, 'spec', protocol)).forEach((rule, i) => {
      list(record(rule)?.route).forEach((route, j) => add(at(route, 'destination'), ['spec', protocol, i, 'route', j, 'destination']))
      if (protocol !== 'http') return
      if (record(rule)?.mirror !== undefined) add(record(rule)?.mirror, ['spec', protocol, i, 'mirror'])
      list(record(rule)?.mirrors).forEach((mirror, k) => add(at(mirror, 'destination'), ['spec', protocol, i, 'mirrors', k, 'destination']))
    })
  }
  return found
}

/** A VirtualService applies to sidecars when it names no gateway, or names `mesh`. */
export function boundToMesh(vs: Doc): boolean {
  const gateways = list(at(vs.body, 'spec', 'gateways'))
  return gateways.length === 0 || gateways.includes('mesh')
}

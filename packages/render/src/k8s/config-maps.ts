import { createHash } from 'node:crypto'
import { serviceOf, type Topology } from '@bazaar/topology'
import type { IConfigMap } from 'kubernetes-models/v1/ConfigMap'
import { canonicalJson } from '@bazaar/kit'
import { containerPort, envKey, meta, serviceLabels, topologyDir, topologyFileName } from '../names.ts'
import { peers } from '../peers.ts'

/**
 * The topology as the services read it at start (TOPOLOGY_FILE), every default filled in. `<`, `>`,
 * `&`, U+2028 and U+2029 are escaped as well: byte for byte what Go's encoding/json (Helm's
 * `toJson`) writes, so the plain manifests and the chart embed the same text and the same checksum.
 */
export function topologyText(t: Topology): string {
  return canonicalJson(t).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** Pods carry it, so a changed topology rolls them. */
export function topologyChecksum(t: Topology): string {
  return createHash('sha256').update(topologyText(t)).digest('hex')
}

export function topologyConfigMapName(t: Topology): string {
  return `${t.name}-topology`
}

export function topologyConfigMap(t: Topology): IConfigMap {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: meta(t, topologyConfigMapName(t), { 'app.kubernetes.io/part-of': t.name }),
    data: { [topologyFileName]: topologyText(t) },
  }
}

/**
 * A service's plain settings: which service the image runs, where to listen, the topology, its
 * peers' in-cluster URLs (the kit reads `<SERVICE>_URL`) and the topology's `env`.
 */
export function serviceSettings(t: Topology, service: string): Record<string, string> {
  const settings: Record<string, string> = {
    SERVICE: service,
    HOST: '0.0.0.0',
    PORT: String(containerPort),
    TOPOLOGY_FILE: `${topologyDir}/${topologyFileName}`,
  }
  for (const peer of peers(t, service)) settings[`${envKey(peer)}_URL`] = `http://${peer}:${containerPort}`
  return { ...settings, ...serviceOf(t, service).env }
}

export function serviceConfigMap(t: Topology, service: string): IConfigMap {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: meta(t, service, serviceLabels(t, service)),
    data: serviceSettings(t, service),
  }
}

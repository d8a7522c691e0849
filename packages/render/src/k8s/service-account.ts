import type { Topology } from '@bazaar/topology'
import type { IServiceAccount } from 'kubernetes-models/v1/ServiceAccount'
import { meta, serviceLabels } from '../names.ts'

/**
 * One identity per service: the meshes' mTLS certificates and authorization policies name it.
 * No API token is mounted: no service talks to the Kubernetes API.
 */
export function serviceAccount(t: Topology, service: string): IServiceAccount {
  return {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: meta(t, service, serviceLabels(t, service)),
    automountServiceAccountToken: false,
  }
}

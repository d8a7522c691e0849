/**
 * The Linkerd policy resources Bazaar writes, as their CRDs define them
 * (packages/render/schemas/linkerd). Only the fields used here.
 */
interface Metadata {
  name: string
  namespace: string
  labels: Record<string, string>
}

interface Ref {
  group: string
  kind: string
  name: string
}

export interface Server {
  apiVersion: 'policy.linkerd.io/v1beta3'
  kind: 'Server'
  metadata: Metadata
  spec: {
    podSelector: { matchLabels: Record<string, string> }
    port: string | number
    proxyProtocol: 'unknown' | 'HTTP/1' | 'HTTP/2' | 'gRPC' | 'opaque' | 'TLS'
    accessPolicy: 'deny' | 'all-authenticated' | 'all-unauthenticated' | 'cluster-authenticated' | 'cluster-unauthenticated' | 'audit'
  }
}

export interface AuthorizationPolicy {
  apiVersion: 'policy.linkerd.io/v1alpha1'
  kind: 'AuthorizationPolicy'
  metadata: Metadata
  spec: { targetRef: Ref; requiredAuthenticationRefs: Ref[] }
}

export interface MeshTLSAuthentication {
  apiVersion: 'policy.linkerd.io/v1alpha1'
  kind: 'MeshTLSAuthentication'
  metadata: Metadata
  spec: { identityRefs: { kind: 'ServiceAccount'; name: string }[] }
}

export interface NetworkAuthentication {
  apiVersion: 'policy.linkerd.io/v1alpha1'
  kind: 'NetworkAuthentication'
  metadata: Metadata
  spec: { networks: { cidr: string }[] }
}

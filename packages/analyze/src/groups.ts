/** API groups the checks read. */
export const istioNetworking = 'networking.istio.io'
export const istioSecurity = 'security.istio.io'
export const linkerdPolicy = 'policy.linkerd.io'
export const linkerdProfiles = 'linkerd.io'
export const gatewayApi = 'gateway.networking.k8s.io'

/** Istio's root namespace: configuration there applies to the whole mesh. */
export const istioRoot = 'istio-system'

import type { Check } from '../finding.ts'
import type { Index } from '../cluster-index.ts'
import { drSubsetNoPods } from './istio/dr-subset-no-pods.ts'
import { drTlsNoCaPort } from './istio/dr-tls-no-ca-port.ts'
import { drTlsNoCa } from './istio/dr-tls-no-ca.ts'
import { drUnknownHost } from './istio/dr-unknown-host.ts'
import { gatewayConflict } from './istio/gateway-conflict.ts'
import { gatewayPort } from './istio/gateway-port.ts'
import { gatewaySelector } from './istio/gateway-selector.ts'
import { serviceEntryAddresses } from './istio/service-entry-addresses.ts'
import { sidecarConflict } from './istio/sidecar-conflict.ts'
import { sidecarDefaultConflict } from './istio/sidecar-default-conflict.ts'
import { sidecarSelector } from './istio/sidecar-selector.ts'
import { vsDestinationHost } from './istio/vs-destination-host.ts'
import { vsDestinationPortRequired } from './istio/vs-destination-port-required.ts'
import { vsDestinationPort } from './istio/vs-destination-port.ts'
import { vsGatewayNotFound } from './istio/vs-gateway-not-found.ts'
import { vsHostNotInGateway } from './istio/vs-host-not-in-gateway.ts'
import { vsIneffectiveMatch } from './istio/vs-ineffective-match.ts'
import { vsMeshHostConflict } from './istio/vs-mesh-host-conflict.ts'
import { vsSubset } from './istio/vs-subset.ts'
import { vsUnreachableRule } from './istio/vs-unreachable-rule.ts'
import { deploymentConflictingPorts } from './kubernetes/deployment-conflicting-ports.ts'
import { deploymentPortProtocols } from './kubernetes/deployment-port-protocols.ts'
import { portNaming } from './kubernetes/port-naming.ts'
import { serviceNoPods } from './kubernetes/service-no-pods.ts'
import { linkerdAuthentication } from './linkerd/authentication-not-found.ts'
import { linkerdCrossNamespace } from './linkerd/cross-namespace.ts'
import { routeBackends } from './linkerd/route-backends.ts'
import { serverPort } from './linkerd/server-port.ts'
import { serviceProfileShadow } from './linkerd/service-profile-shadow.ts'
import { linkerdTargetNotFound } from './linkerd/target-not-found.ts'
import { invalidYaml } from './schema/invalid-yaml.ts'
import { notAResource } from './schema/not-a-resource.ts'
import { schemaValidation } from './schema/schema-validation.ts'
import { unknownSchema } from './schema/unknown-schema.ts'
import { authzNamespace } from './security/authz-namespace.ts'
import { authzNoWorkloads } from './security/authz-no-workloads.ts'
import { authzPrincipal } from './security/authz-principal.ts'
import { mtlsConflict } from './security/mtls-conflict.ts'
import { peerAuthnNoWorkloads } from './security/peer-authn-no-workloads.ts'
import { hpaTarget } from './workloads/hpa-target.ts'
import { latestTag } from './workloads/latest-tag.ts'
import { networkPolicy } from './workloads/network-policy.ts'
import { pdbBlocksEviction } from './workloads/pdb-blocks-eviction.ts'
import { pdbNoWorkloads } from './workloads/pdb-no-workloads.ts'
import { privilegeEscalation } from './workloads/privilege-escalation.ts'
import { probes } from './workloads/probes.ts'
import { proxyUid } from './workloads/proxy-uid.ts'
import { replicasWithHpa } from './workloads/replicas-with-hpa.ts'
import { resourceLimits } from './workloads/resource-limits.ts'
import { resourceRequests } from './workloads/resource-requests.ts'
import { runAsRoot } from './workloads/run-as-root.ts'
import { writableRoot } from './workloads/writable-root.ts'

/** Every check, in code order. A code, once published, keeps its meaning. */
export const checks: readonly Check<Index>[] = [
  schemaValidation, unknownSchema, invalidYaml, notAResource,
  vsGatewayNotFound, vsHostNotInGateway, vsDestinationHost, vsDestinationPort, vsDestinationPortRequired, vsSubset,
  vsMeshHostConflict, vsUnreachableRule, vsIneffectiveMatch, drUnknownHost, drSubsetNoPods, drTlsNoCa, drTlsNoCaPort,
  gatewaySelector, gatewayPort, gatewayConflict, serviceEntryAddresses, sidecarSelector, sidecarConflict, sidecarDefaultConflict,
  authzNoWorkloads, authzNamespace, authzPrincipal, peerAuthnNoWorkloads, mtlsConflict,
  portNaming, deploymentPortProtocols, deploymentConflictingPorts, serviceNoPods,
  linkerdCrossNamespace, linkerdTargetNotFound, linkerdAuthentication, routeBackends, serverPort, serviceProfileShadow,
  probes, resourceRequests, resourceLimits, runAsRoot, writableRoot, privilegeEscalation, latestTag, proxyUid,
  pdbBlocksEviction, pdbNoWorkloads, hpaTarget, replicasWithHpa, networkPolicy,
]

/**
 * The istioctl analyze messages Bazaar's codes correspond to, by code and name as istio's
 * pkg/config/analysis/msg/messages.yaml lists them. Codes that file marks RETIRED (IST0104
 * GatewayPortNotOnWorkload, IST0113 MTLSPolicyConflict) are not used: istioctl no longer says them.
 */
export const istNames: Readonly<Record<string, string>> = {
  IST0001: 'InternalError',
  IST0101: 'ReferencedResourceNotFound',
  IST0106: 'SchemaValidationError',
  IST0109: 'ConflictingMeshGatewayVirtualServiceHosts',
  IST0110: 'ConflictingSidecarWorkloadSelectors',
  IST0111: 'MultipleSidecarsWithoutWorkloadSelectors',
  IST0112: 'VirtualServiceDestinationPortSelectorRequired',
  IST0116: 'DeploymentAssociatedToMultipleServices',
  IST0118: 'PortNameIsNotUnderNamingConvention',
  IST0127: 'NoMatchingWorkloadsFound',
  IST0128: 'NoServerCertificateVerificationDestinationLevel',
  IST0129: 'NoServerCertificateVerificationPortLevel',
  IST0130: 'VirtualServiceUnreachableRule',
  IST0131: 'VirtualServiceIneffectiveMatch',
  IST0132: 'VirtualServiceHostNotFoundInGateway',
  IST0134: 'ServiceEntryAddressesRequired',
  IST0137: 'DeploymentConflictingPorts',
  IST0144: 'InvalidApplicationUID',
  IST0145: 'ConflictingGateways',
  IST0162: 'GatewayPortNotDefinedOnService',
  IST0173: 'DestinationRuleSubsetNotSelectPods',
  IST0174: 'UnknownDestinationRuleHost',
}

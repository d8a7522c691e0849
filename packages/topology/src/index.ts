export { loadTopology, parseTopology } from './parse.ts'
export { TopologyError, formatIssue, type TopologyIssue } from './topology-error.ts'
export { topologyJsonSchema, httpMethods, type HttpMethod, type TopologyInput } from './schema.ts'
export type {
  Access, Backoff, Call, CircuitBreaker, Dependency, Expose, Policy, ResourceAmounts, Service, Topology, Version,
} from './model.ts'
export { serviceNames, serviceOf, localUrl } from './services.ts'
export { gatewayRoutes, type GatewayRoute } from './gateway-routes.ts'
export { dependencyPolicy } from './dependency-policy.ts'
export { callers, type Caller } from './callers.ts'
export { consumedEvents } from './consumed-events.ts'

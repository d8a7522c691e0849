import type {
  Access, Backoff, Call, CircuitBreaker, DependencyInput, Expose, ResourceAmounts, ServiceInput, TopologyInput, Version,
} from './schema.ts'

/**
 * The loaded topology: the file's shape with every default filled in, so readers never
 * repeat a default. Types come from the schema's Static types; only optionality changes.
 */

/** The resilience settings of one call edge. */
export interface Policy {
  timeoutMs: number
  retries: number
  backoff: Backoff
  circuitBreaker: CircuitBreaker
}

/** A declared call edge as written; `dependencyPolicy()` gives its effective settings. */
export type Dependency = DependencyInput

export interface Service extends Omit<ServiceInput, 'replicas' | 'resources' | 'protocol' | 'mtls' | 'expose' | 'access' | 'dependencies' | 'publishes' | 'consumes' | 'env' | 'secrets'> {
  replicas: number
  resources: { requests: ResourceAmounts; limits: ResourceAmounts }
  protocol: NonNullable<ServiceInput['protocol']>
  mtls: NonNullable<ServiceInput['mtls']>
  expose: Expose[]
  access: Access[]
  dependencies: Dependency[]
  publishes: string[]
  consumes: string[]
  env: Record<string, string>
  secrets: string[]
}

export interface Topology extends Omit<TopologyInput, 'namespace' | 'defaults' | 'gateway' | 'services'> {
  namespace: string
  defaults: Policy
  gateway: { service: string; prefix: string }
  services: Record<string, Service>
}

export type { Access, Backoff, Call, CircuitBreaker, Expose, ResourceAmounts, Version }

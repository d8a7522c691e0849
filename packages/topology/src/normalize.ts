import { builtInDefaults, builtInGatewayPrefix, builtInResources } from './built-in-defaults.ts'
import type { Service, Topology } from './model.ts'
import type { ServiceInput, TopologyInput } from './schema.ts'

/** Fills every default of a schema-valid topology. Key order is kept: it is the file's order. */
export function normalize(input: TopologyInput): Topology {
  const d = input.defaults ?? {}
  return {
    apiVersion: input.apiVersion,
    name: input.name,
    namespace: input.namespace ?? input.name,
    defaults: {
      timeoutMs: d.timeoutMs ?? builtInDefaults.timeoutMs,
      retries: d.retries ?? builtInDefaults.retries,
      backoff: { ...builtInDefaults.backoff, ...d.backoff },
      circuitBreaker: { ...builtInDefaults.circuitBreaker, ...d.circuitBreaker },
    },
    gateway: { service: input.gateway.service, prefix: input.gateway.prefix ?? builtInGatewayPrefix },
    services: Object.fromEntries(Object.entries(input.services).map(([name, s]) => [name, normalizeService(s)])),
  }
}

function normalizeService(s: ServiceInput): Service {
  return {
    ...s,
    replicas: s.replicas ?? s.autoscaling?.min ?? 1,
    resources: {
      requests: { ...builtInResources.requests, ...s.resources?.requests },
      limits: { ...builtInResources.limits, ...s.resources?.limits },
    },
    protocol: s.protocol ?? 'http',
    mtls: s.mtls ?? 'STRICT',
    expose: s.expose ?? [],
    access: s.access ?? [],
    dependencies: s.dependencies ?? [],
    publishes: s.publishes ?? [],
    consumes: s.consumes ?? [],
    env: s.env ?? {},
    secrets: s.secrets ?? [],
  }
}

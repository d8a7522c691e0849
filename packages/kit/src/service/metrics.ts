import { Histogram, Registry, collectDefaultMetrics } from 'prom-client'

export interface ServiceMetrics {
  registry: Registry
  requestDuration: Histogram<'method' | 'route' | 'status_code'>
}

/**
 * One registry per service: in embedded mode ten services share a process, and each `/metrics`
 * must speak for its own service only. Process metrics are collected once per process, in the
 * first registry made.
 */
let processMetricsTaken = false

export function createServiceMetrics(service: string): ServiceMetrics {
  const registry = new Registry()
  registry.setDefaultLabels({ service })
  if (!processMetricsTaken) {
    processMetricsTaken = true
    collectDefaultMetrics({ register: registry })
  }
  const requestDuration = new Histogram({
    name: 'http_server_request_duration_seconds',
    help: 'Duration of HTTP requests served, by method, route template and status code.',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  })
  return { registry, requestDuration }
}

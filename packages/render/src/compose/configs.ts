import { serviceNames, type Topology } from '@bazaar/topology'
import { containerPort } from '../names.ts'

/** One database per service, as in production (docs/architecture.md#1-two-modes-one-codebase): the init script creates them. */
export function postgresInit(t: Topology): string {
  return serviceNames(t).map((name) => `CREATE DATABASE "${name}";\n`).join('')
}

/** Every service's /metrics, labelled with the service's name. */
export function prometheusConfig(t: Topology): object {
  return {
    global: { scrape_interval: '15s' },
    scrape_configs: [{
      job_name: t.name,
      static_configs: serviceNames(t).map((name) => ({ targets: [`${name}:${containerPort}`], labels: { service: name } })),
    }],
  }
}

/** Receives OTLP from the services and hands traces to Jaeger. */
export function collectorConfig(): object {
  return {
    receivers: { otlp: { protocols: { grpc: { endpoint: '0.0.0.0:4317' }, http: { endpoint: '0.0.0.0:4318' } } } },
    processors: { batch: {} },
    exporters: { 'otlp/jaeger': { endpoint: 'jaeger:4317', tls: { insecure: true } } },
    service: { pipelines: { traces: { receivers: ['otlp'], processors: ['batch'], exporters: ['otlp/jaeger'] } } },
  }
}

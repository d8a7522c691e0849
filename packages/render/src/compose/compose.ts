import { serviceNames, serviceOf, type Topology } from '@bazaar/topology'
import { containerPort, envKey, topologyDir, topologyFileName } from '../names.ts'
import type { RenderOptions } from '../options.ts'
import { peers } from '../peers.ts'
import { clientSecret, composeClientKey } from './client-secret.ts'
import { credentials, infrastructureServices } from './infrastructure.ts'

/** Where the stack's files sit beside compose.yaml. */
export const composeDir = 'compose'

/**
 * The distributed stack on one machine: each service in its own container of the one image,
 * on PostgreSQL (a database each), RabbitMQ and Redis, traced through the collector to Jaeger
 * and scraped by Prometheus. The gateway is published on the topology's gateway port.
 */
export function composeDocument(t: Topology, options: Pick<RenderOptions, 'image'>): object {
  const services: Record<string, object> = { ...infrastructureServices() }
  for (const name of serviceNames(t)) services[name] = appService(t, name, options.image)
  return { name: t.name, services, volumes: { 'postgres-data': {} } }
}

function appService(t: Topology, name: string, image: string): object {
  const s = serviceOf(t, name)
  const environment: Record<string, string> = {
    SERVICE: name,
    HOST: '0.0.0.0',
    PORT: String(containerPort),
    TOPOLOGY_FILE: `${topologyDir}/${topologyFileName}`,
    DATABASE_URL: `postgres://${credentials.user}:${credentials.password}@postgres:5432/${name}`,
    AMQP_URL: `amqp://${credentials.user}:${credentials.password}@rabbitmq:5672`,
    REDIS_URL: 'redis://redis:6379',
    OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector:4318',
    SERVICE_CLIENT_SECRET: clientSecret(composeClientKey, name),
    ...(name === 'users' ? { SERVICE_CLIENT_KEY: composeClientKey, ADMIN_PASSWORD: '${ADMIN_PASSWORD:-}' } : {}),
  }
  for (const peer of peers(t, name)) environment[`${envKey(peer)}_URL`] = `http://${peer}:${containerPort}`
  Object.assign(environment, s.env)
  // Secrets the topology declares come from the shell or an .env file beside compose.yaml.
  for (const secret of s.secrets) environment[secret] ??= `\${${secret}:-}`
  return {
    image,
    environment,
    volumes: [`./${composeDir}/${topologyFileName}:${topologyDir}/${topologyFileName}:ro`],
    ...(name === t.gateway.service ? { ports: [`${s.port}:${containerPort}`] } : {}),
    read_only: true,
    tmpfs: ['/tmp'],
    cap_drop: ['ALL'],
    security_opt: ['no-new-privileges:true'],
    depends_on: {
      postgres: { condition: 'service_healthy' },
      rabbitmq: { condition: 'service_healthy' },
      redis: { condition: 'service_healthy' },
      'otel-collector': { condition: 'service_started' },
    },
    restart: 'unless-stopped',
  }
}

/** Pinned images of the backing services: an upgrade is a reviewed change, not a surprise. */
export const images = {
  postgres: 'postgres:17-alpine',
  redis: 'redis:7.4-alpine',
  rabbitmq: 'rabbitmq:4.0-management-alpine',
  collector: 'otel/opentelemetry-collector-contrib:0.120.0',
  jaeger: 'jaegertracing/jaeger:2.3.0',
  prometheus: 'prom/prometheus:v3.2.1',
} as const

/** Development credentials of the stack's own servers; nothing outside the stack can reach them. */
export const credentials = { user: 'bazaar', password: 'bazaar' } as const

const healthy = (test: string[], interval = '5s') => ({ test, interval, timeout: '5s', retries: 20 })

/** PostgreSQL, Redis, RabbitMQ, the OpenTelemetry collector, Jaeger and Prometheus. */
export function infrastructureServices(): Record<string, object> {
  return {
    postgres: {
      image: images.postgres,
      environment: { POSTGRES_USER: credentials.user, POSTGRES_PASSWORD: credentials.password },
      volumes: ['postgres-data:/var/lib/postgresql/data', './compose/postgres-init.sql:/docker-entrypoint-initdb.d/init.sql:ro'],
      healthcheck: healthy(['CMD', 'pg_isready', '-U', credentials.user]),
    },
    redis: {
      image: images.redis,
      healthcheck: healthy(['CMD', 'redis-cli', 'ping']),
    },
    rabbitmq: {
      image: images.rabbitmq,
      environment: { RABBITMQ_DEFAULT_USER: credentials.user, RABBITMQ_DEFAULT_PASS: credentials.password },
      ports: ['15672:15672'],
      healthcheck: healthy(['CMD', 'rabbitmq-diagnostics', '-q', 'ping'], '10s'),
    },
    'otel-collector': {
      image: images.collector,
      command: ['--config=/etc/otelcol/config.yaml'],
      volumes: ['./compose/otel-collector.yaml:/etc/otelcol/config.yaml:ro'],
      depends_on: ['jaeger'],
    },
    jaeger: {
      image: images.jaeger,
      ports: ['16686:16686'],
    },
    prometheus: {
      image: images.prometheus,
      volumes: ['./compose/prometheus.yml:/etc/prometheus/prometheus.yml:ro'],
      ports: ['9090:9090'],
    },
  }
}

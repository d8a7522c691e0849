import { setting } from '../config.ts'

/** Keys every service has; a service's own keys are added to these. */
export const baseConfig = {
  HOST: setting.string('127.0.0.1', 'Address to listen on; 0.0.0.0 in a container.'),
  PORT: setting.port(0, 'Port to listen on; 0 takes the port the topology gives the service.'),
  LOG_LEVEL: setting.oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info', 'Lowest level of log lines written.'),
  BODY_LIMIT_BYTES: setting.integer(1_048_576, 'Largest request body accepted (413 above).', { min: 1024 }),
  SHUTDOWN_TIMEOUT_MS: setting.integer(10_000, 'Longest wait for in-flight work on shutdown.', { min: 0 }),
  OTEL_EXPORTER_OTLP_ENDPOINT: setting.optionalUrl('OTLP/HTTP collector; traces are exported only when set.'),
  DATA_DIR: setting.string('.data', 'Embedded mode: where the database and generated secrets are kept.'),
  DATABASE_URL: setting.url('postgres://postgres@127.0.0.1:5432/postgres', 'Distributed mode: PostgreSQL; <SERVICE>_DATABASE_URL wins.'),
  DATABASE_POOL_MAX: setting.integer(10, 'Distributed mode: most database connections a service holds.', { min: 1 }),
  AMQP_URL: setting.url('amqp://guest:guest@127.0.0.1:5672', 'Distributed mode: RabbitMQ.'),
  AMQP_CONNECT_TIMEOUT_MS: setting.integer(60_000, 'Distributed mode: how long a starting service keeps trying to reach RabbitMQ before it exits (its supervisor starts it again).', { min: 1 }),
  AMQP_PREFIX: setting.string('', 'Distributed mode: prefix of the exchange and every queue, so platforms sharing a broker stay apart.'),
  REDIS_URL: setting.url('redis://127.0.0.1:6379', 'Distributed mode: Redis.'),
  REDIS_PREFIX: setting.string('', 'Distributed mode: prefix of every Redis key (before the service\'s name), so platforms sharing a Redis stay apart.'),
  BUS_REDELIVERY_DELAY_MS: setting.integer(250, 'Wait before an event whose handler failed is delivered again; each further redelivery waits twice as long, up to BUS_MAX_REDELIVERY_DELAY_MS.', { min: 1 }),
  BUS_MAX_REDELIVERY_DELAY_MS: setting.integer(300_000, 'Longest wait between two deliveries of a failed event.', { min: 0 }),
  BUS_OUTAGE_RETRY_MS: setting.integer(3_600_000, 'How long an event whose handler finds a dependency unavailable (an upstream down or behind an open circuit, a timeout, a store unreachable) keeps being redelivered, from its first failure, before it is dead-lettered; such failures do not count against the consumer\'s attempts.', { min: 0 }),
  TOPOLOGY_FILE: setting.string('topology.yaml', 'The platform description: ports, routes, call edges.'),
  SERVICE_CLIENT_SECRET: setting.secret('', 'This service\'s client-credentials secret at the users service.'),
}

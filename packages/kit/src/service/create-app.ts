import { randomUUID } from 'node:crypto'
import Fastify, { LogController, type FastifyBaseLogger } from 'fastify'
import swagger from '@fastify/swagger'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { Logger } from 'pino'
import type { ServiceApp } from './definition.ts'
import type { ServiceMetrics } from './metrics.ts'
import { installProblemHandler, sendProblem, toAppError } from './problem-handler.ts'
import { installRequestTelemetry } from './request-telemetry.ts'
import { registerHealthRoutes } from './health.ts'
import type { Readiness } from './readiness.ts'
import { refuseUnusableValues } from './unusable-values.ts'

export interface AppOptions {
  service: string
  description?: string | undefined
  log: Logger
  bodyLimit: number
  metrics: ServiceMetrics
  readiness: Readiness
}

/**
 * The Fastify instance every service is built on: the same telemetry, errors, health routes
 * and OpenAPI document (`/docs/json`) for all ten, so they behave alike.
 */
export async function createApp(options: AppOptions): Promise<ServiceApp> {
  const app = Fastify({
    loggerInstance: options.log as FastifyBaseLogger,
    // One line per request is written by the request telemetry, with its trace ids.
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'request_id' }),
    bodyLimit: options.bodyLimit,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true },
    // Errors Fastify raises before routing (a malformed URL) are problems like any other.
    frameworkErrors: (error, request, reply) => void sendProblem(reply, toAppError(error), request.url),
    // multipleOfPrecision: 29.99 is a multiple of 0.01 although float division says otherwise.
    ajv: { customOptions: { coerceTypes: 'array', useDefaults: true, removeAdditional: false, multipleOfPrecision: 8, allowUnionTypes: true } },
  }).withTypeProvider<TypeBoxTypeProvider>()

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: `Bazaar ${options.service}`, version: '1.0.0', description: options.description ?? '' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    },
  })
  installRequestTelemetry(app, options.service, options.metrics)
  installProblemHandler(app)
  refuseUnusableValues(app)
  registerHealthRoutes(app, options.service, options.readiness, options.metrics.registry)
  app.get('/docs/json', { schema: { hide: true } }, async () => app.swagger())
  return app
}

import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import type { ServiceApp } from './definition.ts'
import { AppError, codeOfStatus, toProblem, type FieldError } from '../errors.ts'

/**
 * Driver errors that mean "the database, broker or cache is unreachable": a 503 the client may
 * retry. Socket errors, postgres.js's connection errors and a pool with no free connection in
 * time, SQLSTATE class 08 (connection exception), a server shutting down or starting (57P01-03),
 * and one with no connection slot left (53300).
 */
const unavailableCodes = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN',
  'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'CONNECT_TIMEOUT', 'POOL_TIMEOUT',
  '57P01', '57P02', '57P03', '53300',
])

/** Whether the error, or one it wraps as its cause, says a backing service could not be reached. */
function isUnreachable(error: unknown): boolean {
  for (let current = error, depth = 0; typeof current === 'object' && current !== null && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string' && (unavailableCodes.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true
    current = (current as { cause?: unknown }).cause
  }
  return false
}

function validationFields(error: FastifyError): FieldError[] {
  return (error.validation ?? []).map((issue) => {
    const missing = (issue.params as { missingProperty?: string } | undefined)?.missingProperty
    const path = [error.validationContext, ...issue.instancePath.split('/').filter(Boolean), missing].filter(Boolean).join('.')
    return { field: path || String(error.validationContext ?? 'body'), message: issue.message ?? 'is invalid' }
  })
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error
  const fastifyError = error as FastifyError
  if (fastifyError.validation) {
    return new AppError('VALIDATION_FAILED', 'The request is not valid', { fields: validationFields(fastifyError) })
  }
  if (isUnreachable(error)) {
    return new AppError('UNAVAILABLE', 'A backing service is unavailable, try again shortly', { retryAfter: 1, cause: error })
  }
  const status = fastifyError.statusCode
  if (status !== undefined && status >= 400 && status < 500) {
    // Errors raised by Fastify itself (parsing, limits), read into the taxonomy by their status.
    const code = codeOfStatus[status] ?? 'MALFORMED_REQUEST'
    return new AppError(code, fastifyError.message, { cause: error })
  }
  return new AppError('INTERNAL', 'An unexpected error occurred', { cause: error })
}

export async function sendProblem(reply: FastifyReply, error: AppError, instance: string): Promise<FastifyReply> {
  if (error.retryAfter !== undefined) void reply.header('retry-after', String(error.retryAfter))
  if (error.status === 401) void reply.header('www-authenticate', 'Bearer')
  return reply.code(error.status).type('application/problem+json').send(toProblem(error, instance))
}

/** Every error leaves as application/problem+json; unknown ones as 500 with no internals. */
export function installProblemHandler(app: ServiceApp): void {
  app.setErrorHandler(async (error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const appError = toAppError(error)
    // An outage is logged by what found it; each request it fails is a warning, not an error.
    if (appError.code === 'UNAVAILABLE') request.log.warn({ err: error, code: appError.code }, 'request failed')
    else if (appError.status >= 500) request.log.error({ err: error, code: appError.code }, 'request failed')
    else request.log.info({ code: appError.code, status: appError.status }, appError.message)
    return sendProblem(reply, appError, request.url)
  })
  app.setNotFoundHandler(async (request, reply) =>
    sendProblem(reply, new AppError('NOT_FOUND', `No route for ${request.method} ${request.url.split('?')[0]}`), request.url),
  )
}


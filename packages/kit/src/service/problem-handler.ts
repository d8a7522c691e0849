import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import type { ServiceApp } from './definition.ts'
import { AppError, errorCodes, toProblem, type ErrorCode, type FieldError } from '../errors.ts'

/** Errors raised by Fastify itself (parsing, limits), mapped onto the taxonomy by their status. */
const codeByStatus: Record<number, ErrorCode> = {
  400: 'MALFORMED_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'MALFORMED_REQUEST',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'RATE_LIMITED',
  503: 'UNAVAILABLE',
}

/** Driver errors that mean "the database or broker is unreachable": a 503 the client may retry. */
const unavailableCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'CONNECT_TIMEOUT', '57P01', '57P03'])

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
  if (unavailableCodes.has(String(fastifyError.code))) {
    return new AppError('UNAVAILABLE', 'A backing service is unavailable, try again shortly', { retryAfter: 1, cause: error })
  }
  const status = fastifyError.statusCode
  if (status !== undefined && status >= 400 && status < 500) {
    const code = codeByStatus[status] ?? 'MALFORMED_REQUEST'
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
    if (appError.status >= 500) request.log.error({ err: error, code: appError.code }, 'request failed')
    else request.log.info({ code: appError.code, status: appError.status }, appError.message)
    return sendProblem(reply, appError, request.url)
  })
  app.setNotFoundHandler(async (request, reply) =>
    sendProblem(reply, new AppError('NOT_FOUND', `No route for ${request.method} ${request.url.split('?')[0]}`), request.url),
  )
}

export const knownErrorCodes = Object.keys(errorCodes) as ErrorCode[]

/**
 * The closed error taxonomy (docs/architecture.md#6-errors-and-input): every failure a client can see has one of these codes,
 * and each code has one HTTP status. Routes and domain code throw AppError; the service's
 * error handler turns it into application/problem+json.
 */
export const errorCodes = {
  VALIDATION_FAILED: 400,
  MALFORMED_REQUEST: 400,
  UNAUTHENTICATED: 401,
  PAYMENT_DECLINED: 402,
  INSUFFICIENT_FUNDS: 402,
  PAYMENT_PROCESSING_ERROR: 402,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  OUT_OF_STOCK: 409,
  INVALID_TRANSITION: 409,
  IDEMPOTENCY_CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE: 422,
  AMOUNT_MISMATCH: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  BAD_GATEWAY: 502,
  UNAVAILABLE: 503,
  UPSTREAM_TIMEOUT: 504,
} as const

export type ErrorCode = keyof typeof errorCodes

/** A client-error status read into the taxonomy: Fastify's own errors, and answers of an upstream that sent no code. */
export const codeOfStatus: Partial<Record<number, ErrorCode>> = {
  400: 'MALFORMED_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'RATE_LIMITED',
}

export interface FieldError {
  field: string
  message: string
}

export interface AppErrorOptions {
  detail?: string
  fields?: FieldError[]
  /** Extra members of the problem document, such as the lines that fell short. */
  extensions?: Record<string, unknown>
  /** Seconds, sent as Retry-After (429, 503). */
  retryAfter?: number
  cause?: unknown
}

export class AppError extends Error {
  readonly code: ErrorCode
  readonly status: number
  readonly detail: string | undefined
  readonly fields: FieldError[] | undefined
  readonly extensions: Record<string, unknown> | undefined
  readonly retryAfter: number | undefined

  constructor(code: ErrorCode, title: string, options: AppErrorOptions = {}) {
    super(title, { cause: options.cause })
    this.name = 'AppError'
    this.code = code
    this.status = errorCodes[code]
    this.detail = options.detail
    this.fields = options.fields
    this.extensions = options.extensions
    this.retryAfter = options.retryAfter
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError
}

/** The RFC 9457 body for an error. */
export interface Problem {
  type: string
  title: string
  status: number
  code: ErrorCode
  detail?: string
  instance?: string
  fields?: FieldError[]
  [extension: string]: unknown
}

export function toProblem(error: AppError, instance?: string): Problem {
  return {
    ...error.extensions,
    type: `https://bazaar.dev/problems/${error.code.toLowerCase().replaceAll('_', '-')}`,
    title: error.message,
    status: error.status,
    code: error.code,
    ...(error.detail === undefined ? {} : { detail: error.detail }),
    ...(instance === undefined ? {} : { instance }),
    ...(error.fields === undefined ? {} : { fields: error.fields }),
  }
}

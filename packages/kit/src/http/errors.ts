import { AppError, codeOfStatus, errorCodes, type ErrorCode, type FieldError } from '../errors.ts'
import type { UpstreamFailure, UpstreamResponse } from './failure.ts'

/**
 * Turns what an upstream answered into the AppError our own caller sees. A problem document with
 * a code of our taxonomy was written by another Bazaar service for clients, so it passes through
 * (a 409 OUT_OF_STOCK from inventory stays one); anything else is summarised without the
 * upstream's words, which may hold internals.
 */
export function responseError(response: UpstreamResponse): AppError {
  const passed = passThrough(response)
  if (passed) return passed
  if (response.status >= 500) return badGateway(response.status)
  const code = codeOfStatus[response.status]
  return code ? new AppError(code, fallbackTitles[code] ?? 'Upstream refused the request') : badGateway(response.status)
}

export function failureError(failure: UpstreamFailure): AppError {
  switch (failure.kind) {
    case 'timeout':
      return new AppError('UPSTREAM_TIMEOUT', 'Upstream timed out', { detail: 'A service this request depends on did not answer in time.', cause: failure })
    case 'refused':
    case 'connection':
      return unavailable(undefined, failure)
    case 'status':
      return failure.response ? responseError(failure.response) : badGateway(502)
  }
}

export function unavailable(retryAfter: number | undefined, cause?: unknown): AppError {
  return new AppError('UNAVAILABLE', 'Upstream unavailable', {
    detail: 'A service this request depends on is unavailable; try again later.',
    ...(retryAfter === undefined ? {} : { retryAfter }),
    cause,
  })
}

function badGateway(status: number): AppError {
  return new AppError('BAD_GATEWAY', 'Upstream failed', { detail: `A service this request depends on answered ${status}.` })
}

const fallbackTitles: Partial<Record<ErrorCode, string>> = {
  MALFORMED_REQUEST: 'Malformed request',
  UNAUTHENTICATED: 'Authentication required',
  FORBIDDEN: 'Forbidden',
  NOT_FOUND: 'Not found',
  METHOD_NOT_ALLOWED: 'Method not allowed',
  CONFLICT: 'Conflict',
  PAYLOAD_TOO_LARGE: 'Payload too large',
  UNSUPPORTED_MEDIA_TYPE: 'Unsupported media type',
  UNPROCESSABLE: 'Unprocessable request',
  RATE_LIMITED: 'Too many requests',
}

const problemMembers = new Set(['type', 'title', 'status', 'code', 'detail', 'instance', 'fields'])

function passThrough(response: UpstreamResponse): AppError | undefined {
  const problem = response.body
  if (typeof problem !== 'object' || problem === null || Array.isArray(problem)) return undefined
  const members = problem as Record<string, unknown>
  const code = members.code
  // INTERNAL from an upstream is its bug; to our caller it is a bad gateway.
  if (typeof code !== 'string' || !Object.hasOwn(errorCodes, code) || code === 'INTERNAL') return undefined
  const known = code as ErrorCode
  if (errorCodes[known] !== response.status) return undefined
  const extensions = Object.fromEntries(Object.entries(members).filter(([name]) => !problemMembers.has(name)))
  const fields = fieldErrors(members.fields)
  const retryAfter = retryAfterSeconds(response.headers['retry-after'])
  return new AppError(known, typeof members.title === 'string' ? members.title : known, {
    ...(typeof members.detail === 'string' ? { detail: members.detail } : {}),
    ...(fields ? { fields } : {}),
    ...(Object.keys(extensions).length > 0 ? { extensions } : {}),
    ...(retryAfter === undefined ? {} : { retryAfter }),
  })
}

function fieldErrors(value: unknown): FieldError[] | undefined {
  if (!Array.isArray(value)) return undefined
  return value
    .filter((item): item is FieldError => typeof item?.field === 'string' && typeof item?.message === 'string')
    .map(({ field, message }) => ({ field, message }))
}

function retryAfterSeconds(header: string | string[] | undefined): number | undefined {
  const seconds = Number(Array.isArray(header) ? header[0] : header)
  return header !== undefined && Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined
}

import { AppError } from '@bazaar/kit'

/**
 * Why an exchange with a replica failed before its answer began:
 * `unreachable`: no connection, so nothing was sent (safe to try another replica);
 * `broken`: the connection failed after the request may have left;
 * `timeout`: no answer within the edge's timeout.
 */
export type TransportFailure = 'unreachable' | 'broken' | 'timeout'

const unreachableCodes = new Set([
  'ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_CLOSED', 'UND_ERR_DESTROYED',
])
const timeoutCodes = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT'])

export function classify(error: unknown): TransportFailure {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
  if (unreachableCodes.has(code)) return 'unreachable'
  if (timeoutCodes.has(code)) return 'timeout'
  return 'broken'
}

/** What the client sees; the upstream's address and the transport's words stay in `cause`, for logs. */
export function gatewayError(failure: TransportFailure, service: string, retryAfterSeconds: number, cause?: unknown): AppError {
  switch (failure) {
    case 'timeout':
      return new AppError('UPSTREAM_TIMEOUT', 'Upstream timed out', { detail: `The ${service} service did not answer in time.`, cause })
    case 'broken':
      return new AppError('BAD_GATEWAY', 'Upstream failed', { detail: `The connection to the ${service} service broke.`, cause })
    case 'unreachable':
      return notRunning(service, retryAfterSeconds, cause)
  }
}

export function notRunning(service: string, retryAfterSeconds: number, cause?: unknown): AppError {
  return new AppError('UNAVAILABLE', 'Service unavailable', {
    detail: `The ${service} service is unavailable; try again shortly.`,
    retryAfter: retryAfterSeconds,
    cause,
  })
}

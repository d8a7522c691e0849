/**
 * Why one attempt at one replica failed. Internal to the client: it steers ejection, retries and
 * the breaker, and becomes an AppError before anything reaches a caller.
 */
export type FailureKind =
  /** Nothing was sent (the connection was refused), so even a non-idempotent call may go elsewhere. */
  | 'refused'
  /** The connection broke after the request may have left. */
  | 'connection'
  | 'timeout'
  /** The replica answered 5xx. */
  | 'status'

export interface UpstreamResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: unknown
}

export class UpstreamFailure extends Error {
  readonly kind: FailureKind
  readonly response: UpstreamResponse | undefined

  constructor(kind: FailureKind, message: string, options: { response?: UpstreamResponse; cause?: unknown } = {}) {
    super(message, { cause: options.cause })
    this.name = 'UpstreamFailure'
    this.kind = kind
    this.response = options.response
  }

  /** Gateway-ish answers and broken transports are worth another try; a 500 is a bug that repeats. */
  get transient(): boolean {
    if (this.kind !== 'status') return true
    const status = this.response?.status
    return status === 502 || status === 503 || status === 504
  }
}

/** Classifies a transport error from undici; its own message (addresses, ports) stays in `cause`, for logs. */
export function connectionFailure(error: unknown): UpstreamFailure {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown'
  const kind = code === 'ECONNREFUSED' ? 'refused' : 'connection'
  return new UpstreamFailure(kind, `connection failed (${code})`, { cause: error })
}

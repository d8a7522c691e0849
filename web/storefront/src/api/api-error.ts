export interface FieldProblem {
  field: string
  message: string
}

/** An API answer that is not a success: its problem document (RFC 9457) read into fields. */
export class ApiError extends Error {
  readonly status: number
  /** The problem's stable code, such as PAYMENT_DECLINED; NETWORK when no answer came. */
  readonly code: string
  readonly detail: string | undefined
  readonly fields: readonly FieldProblem[]

  constructor(status: number, problem: Record<string, unknown>) {
    const title = typeof problem.title === 'string' ? problem.title : `Request failed (${status})`
    super(title)
    this.name = 'ApiError'
    this.status = status
    this.code = typeof problem.code === 'string' ? problem.code : 'UNKNOWN'
    this.detail = typeof problem.detail === 'string' ? problem.detail : undefined
    this.fields = Array.isArray(problem.fields) ? problem.fields.filter(isFieldProblem) : []
  }

  /** A message fit to show: the problem's detail when it has one, else its title. */
  get explanation(): string {
    return this.detail ?? this.message
  }

  /** A 4xx: the server understood the request and refused it; sending it again as is will not help. */
  get isClientError(): boolean {
    return this.status >= 400 && this.status < 500
  }
}

function isFieldProblem(value: unknown): value is FieldProblem {
  const candidate = value as Partial<FieldProblem> | null
  return typeof candidate?.field === 'string' && typeof candidate.message === 'string'
}

export function networkError(): ApiError {
  return new ApiError(0, { code: 'NETWORK', title: 'The shop could not be reached', detail: 'Check your connection and try again.' })
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status)
}

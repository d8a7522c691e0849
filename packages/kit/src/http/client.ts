import { BrokenCircuitError } from 'cockatiel'
import type { Logger } from 'pino'
import { Pool, type Dispatcher } from 'undici'
import { traceHeaders } from '../tracing.ts'
import { createBalancer } from './balancer.ts'
import { failureError, responseError, unavailable } from './errors.ts'
import { UpstreamFailure, type UpstreamResponse } from './failure.ts'
import { createBreaker, createRetry, type BreakerOptions } from './policy.ts'
import { send } from './send.ts'

export interface HttpClientOptions {
  /** The upstream's name, for logs and the breaker. */
  upstream: string
  /** Base URLs of the upstream's replicas, such as `http://127.0.0.1:7003`. */
  urls: string[]
  /** Per attempt, headers and body together. Default 5000. */
  timeoutMs?: number
  /** Retries after the first attempt. Default 2. */
  retries?: number
  /** Total time one call may spend over all its attempts and backoffs. Default twice timeoutMs. */
  retryBudgetMs?: number
  /** How long a failing replica stays out of rotation. Default 10000. */
  ejectionMs?: number
  /** Default 5 consecutive failed calls; trial calls from 200 ms after opening, at most 10000 ms apart. */
  circuitBreaker?: BreakerOptions
  log?: Logger
  /** Sent as `Bearer <token>` when a call brings no authorization of its own. */
  token?: () => Promise<string | undefined>
}

export type HttpMethod = Dispatcher.HttpMethod

export interface RequestInit {
  body?: unknown
  headers?: Record<string, string>
  query?: Record<string, string | number | undefined>
  /** Default: true for GET, HEAD, OPTIONS, PUT, DELETE and any call carrying an Idempotency-Key. */
  idempotent?: boolean
  /** The full Authorization header value, such as the end user's `Bearer ...` the gateway forwards. */
  authorization?: string
  signal?: AbortSignal
}

export interface HttpResponse<T> {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: T
}

export interface HttpClientHealth {
  upstream: string
  circuit: 'closed' | 'open' | 'half-open' | 'isolated'
  replicas: { url: string; ejected: boolean }[]
}

export interface HttpClient {
  /** Answers 1xx-3xx responses; a 4xx or 5xx, a timeout or an unreachable upstream throws AppError. */
  request<T = unknown>(method: HttpMethod, path: string, init?: RequestInit): Promise<HttpResponse<T>>
  get<T = unknown>(path: string, init?: RequestInit): Promise<HttpResponse<T>>
  post<T = unknown>(path: string, body?: unknown, init?: RequestInit): Promise<HttpResponse<T>>
  put<T = unknown>(path: string, body?: unknown, init?: RequestInit): Promise<HttpResponse<T>>
  patch<T = unknown>(path: string, body?: unknown, init?: RequestInit): Promise<HttpResponse<T>>
  delete<T = unknown>(path: string, init?: RequestInit): Promise<HttpResponse<T>>
  health(): HttpClientHealth
  /** Waits for calls in flight, then closes every connection. */
  close(): Promise<void>
}

interface Replica {
  url: string
  basePath: string
  pool: Pool
}

const idempotentMethods = new Set<string>(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'])

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const { upstream, log } = options
  const timeoutMs = options.timeoutMs ?? 5000
  const retries = options.retries ?? 2
  const budgetMs = Math.max(options.retryBudgetMs ?? 2 * timeoutMs, timeoutMs)
  // A retry squeezed into the last few ms of the budget would only time out.
  const minAttemptMs = Math.ceil(timeoutMs / 4)
  const replicas: Replica[] = options.urls.map((url) => {
    const parsed = new URL(url)
    return { url, basePath: parsed.pathname.replace(/\/+$/, ''), pool: new Pool(parsed.origin) }
  })
  const balancer = createBalancer(replicas, { ejectionMs: options.ejectionMs ?? 10_000 })
  const breaker = createBreaker(upstream, options.circuitBreaker ?? { consecutiveFailures: 5, halfOpenAfterMs: 10_000 }, log)
  let closed = false

  async function headersFor(init: RequestInit): Promise<Record<string, string>> {
    const headers: Record<string, string> = { accept: 'application/json' }
    for (const [name, value] of Object.entries(init.headers ?? {})) headers[name.toLowerCase()] = value
    Object.assign(headers, traceHeaders())
    if (init.body !== undefined) headers['content-type'] = 'application/json'
    const token = init.authorization === undefined && options.token ? await options.token() : undefined
    const authorization = init.authorization ?? (token === undefined ? undefined : `Bearer ${token}`)
    if (authorization !== undefined) headers.authorization = authorization
    return headers
  }

  async function attempt(method: HttpMethod, target: string, headers: Record<string, string>, body: string | undefined, deadline: number, signal: AbortSignal | undefined): Promise<UpstreamResponse> {
    const replica = balancer.pick()
    try {
      const response = await send(replica.pool, {
        method, headers, body, signal,
        path: replica.basePath + target,
        timeoutMs: Math.max(Math.min(timeoutMs, deadline - Date.now()), minAttemptMs),
      })
      if (balancer.restore(replica)) log?.info({ upstream, url: replica.url }, 'replica restored')
      return response
    } catch (error) {
      if (error instanceof UpstreamFailure) {
        const fresh = balancer.eject(replica)
        log?.[fresh ? 'warn' : 'debug']({ upstream, url: replica.url, err: error }, 'replica ejected')
      }
      throw error
    }
  }

  async function request<T>(method: HttpMethod, path: string, init: RequestInit = {}): Promise<HttpResponse<T>> {
    if (closed) throw new Error(`the http client for ${upstream} is closed`)
    const headers = await headersFor(init)
    const target = withQuery(path, init.query)
    const body = init.body === undefined ? undefined : JSON.stringify(init.body)
    const deadline = Date.now() + budgetMs
    const idempotent = init.idempotent ?? (idempotentMethods.has(method) || 'idempotency-key' in headers)
    const policy = createRetry({ retries, deadline, minAttemptMs, idempotent })
    let response: UpstreamResponse
    try {
      response = await breaker.policy.execute(() =>
        policy.execute(() => attempt(method, target, headers, body, deadline, init.signal), init.signal))
    } catch (error) {
      if (error instanceof BrokenCircuitError) throw unavailable(breaker.retryAfterSeconds(), error)
      if (error instanceof UpstreamFailure) {
        log?.warn({ upstream, method, path, err: error }, 'upstream call failed')
        throw failureError(error)
      }
      throw error
    }
    if (response.status >= 400) throw responseError(response)
    return response as HttpResponse<T>
  }

  return {
    request,
    get: (path, init) => request('GET', path, init),
    post: (path, body, init) => request('POST', path, { ...init, body }),
    put: (path, body, init) => request('PUT', path, { ...init, body }),
    patch: (path, body, init) => request('PATCH', path, { ...init, body }),
    delete: (path, init) => request('DELETE', path, init),
    health: () => ({
      upstream,
      circuit: breaker.state(),
      replicas: replicas.map((replica) => ({ url: replica.url, ejected: balancer.isEjected(replica) })),
    }),
    async close() {
      closed = true
      await Promise.all(replicas.map((replica) => replica.pool.close()))
    },
  }
}

function withQuery(path: string, query: RequestInit['query']): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(query ?? {})) if (value !== undefined) params.append(name, String(value))
  const search = params.toString()
  if (search === '') return path
  return `${path}${path.includes('?') ? '&' : '?'}${search}`
}

import type { Dispatcher, Pool } from 'undici'
import { AppError } from '../errors.ts'
import { UpstreamFailure, connectionFailure, type UpstreamResponse } from './failure.ts'

export interface Attempt {
  method: Dispatcher.HttpMethod
  path: string
  headers: Record<string, string>
  body: string | undefined
  timeoutMs: number
  signal: AbortSignal | undefined
}

/**
 * One request to one replica. The timeout covers the whole exchange, headers and body, because
 * undici's own timeouts only bound the silence between bytes. A 5xx answer, a broken transport
 * and a timeout throw UpstreamFailure; every other answer is returned for the caller to judge.
 */
export async function send(pool: Pool, attempt: Attempt): Promise<UpstreamResponse> {
  const timer = new AbortController()
  const timeout = setTimeout(() => timer.abort(), attempt.timeoutMs)
  const signal = attempt.signal ? AbortSignal.any([attempt.signal, timer.signal]) : timer.signal
  try {
    const response = await pool.request({
      method: attempt.method,
      path: attempt.path,
      headers: attempt.headers,
      body: attempt.body ?? null,
      signal,
    })
    const text = await response.body.text()
    const result = { status: response.statusCode, headers: response.headers, body: parse(text, response.headers['content-type'], response.statusCode) }
    if (result.status >= 500) throw new UpstreamFailure('status', `answered ${result.status}`, { response: result })
    return result
  } catch (error) {
    if (error instanceof UpstreamFailure || error instanceof AppError) throw error
    // The caller gave up: not the upstream's fault, so neither a failure nor a retry.
    if (attempt.signal?.aborted) throw attempt.signal.reason
    if (timer.signal.aborted) throw new UpstreamFailure('timeout', `no complete answer within ${attempt.timeoutMs} ms`, { cause: error })
    throw connectionFailure(error)
  } finally {
    clearTimeout(timeout)
  }
}

function parse(text: string, contentType: string | string[] | undefined, status: number): unknown {
  if (text === '') return undefined
  const type = Array.isArray(contentType) ? contentType[0] : contentType
  if (!type?.includes('json')) return text
  try {
    return JSON.parse(text)
  } catch (error) {
    // An error page in the wrong type says no more than its status does.
    if (status >= 400) return undefined
    throw new AppError('BAD_GATEWAY', 'Upstream failed', { detail: 'A service this request depends on answered malformed JSON.', cause: error })
  }
}

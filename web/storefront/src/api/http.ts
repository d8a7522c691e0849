import { ApiError, networkError } from './api-error.ts'

export interface SendOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  body?: unknown
  headers?: Record<string, string>
  signal?: AbortSignal | undefined
}

type QueryValue = string | number | boolean | undefined | null

/** `?a=1&b=x` from the values that are set; empty when none is. */
export function queryString(params: Record<string, QueryValue>): string {
  const search = new URLSearchParams()
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(name, String(value))
  }
  const text = search.toString()
  return text === '' ? '' : `?${text}`
}

async function bodyOf(response: Response): Promise<unknown> {
  const text = await response.text()
  if (text === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    return { title: text.slice(0, 200) }
  }
}

/** One call to the API under /api, without credentials; answers the JSON body or throws an ApiError. */
export async function send<T>(path: string, options: SendOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers }
  if (options.body !== undefined) headers['content-type'] = 'application/json'
  let response: Response
  try {
    response = await fetch(`/api${path}`, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    })
  } catch (error) {
    if (options.signal?.aborted) throw error
    throw networkError()
  }
  const body = await bodyOf(response)
  if (!response.ok) {
    const problem = typeof body === 'object' && body !== null ? body as Record<string, unknown> : {}
    throw new ApiError(response.status, problem)
  }
  return body as T
}

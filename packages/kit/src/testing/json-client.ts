export interface JsonReply<T = Record<string, unknown>> {
  status: number
  headers: Headers
  /** The body parsed as JSON; the text itself when it is not JSON (an SVG, a page); undefined when empty. */
  body: T
  /** The body as sent, to compare replies byte for byte. */
  text: string
}

export interface RequestOptions {
  token?: string | undefined
  headers?: Record<string, string>
}

/** A bearer token, or the token and extra headers. */
export type As = string | RequestOptions | undefined

function parse(text: string): unknown {
  if (text === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/** A JSON client for one base URL, as a user's HTTP client would be; answers every status without throwing. */
export function jsonClient(baseUrl: string) {
  async function send<T>(method: string, path: string, body: unknown, as: As): Promise<JsonReply<T>> {
    const { token, headers = {} } = typeof as === 'string' ? { token: as } : as ?? {}
    const response = await fetch(baseUrl + path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    const text = await response.text()
    return { status: response.status, headers: response.headers, body: parse(text) as T, text }
  }
  return {
    get: <T = Record<string, unknown>>(path: string, as?: As) => send<T>('GET', path, undefined, as),
    post: <T = Record<string, unknown>>(path: string, body: unknown, as?: As) => send<T>('POST', path, body, as),
    put: <T = Record<string, unknown>>(path: string, body: unknown, as?: As) => send<T>('PUT', path, body, as),
    patch: <T = Record<string, unknown>>(path: string, body: unknown, as?: As) => send<T>('PATCH', path, body, as),
    delete: <T = Record<string, unknown>>(path: string, as?: As) => send<T>('DELETE', path, undefined, as),
  }
}

export type JsonClient = ReturnType<typeof jsonClient>

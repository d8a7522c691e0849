export interface Reply<T = Record<string, unknown>> {
  status: number
  headers: Headers
  /** The body as sent, to compare duplicates byte for byte. */
  text: string
  body: T
}

/** A JSON client for one base URL; answers every status without throwing. */
export function client(base: string) {
  async function send<T>(method: string, path: string, body?: unknown, token?: string, headers: Record<string, string> = {}): Promise<Reply<T>> {
    const response = await fetch(base + path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    const text = await response.text()
    return { status: response.status, headers: response.headers, text, body: (text === '' ? undefined : JSON.parse(text)) as T }
  }
  return {
    get: <T = Record<string, unknown>>(path: string, token?: string) => send<T>('GET', path, undefined, token),
    post: <T = Record<string, unknown>>(path: string, body: unknown, token?: string, headers?: Record<string, string>) => send<T>('POST', path, body, token, headers),
  }
}

export type Client = ReturnType<typeof client>

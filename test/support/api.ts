import { randomUUID } from 'node:crypto'

export interface Reply<T = Record<string, unknown>> {
  status: number
  headers: Headers
  body: T
}

export interface Call {
  token?: string | undefined
  headers?: Record<string, string>
}

/** A JSON client for one base URL, as a user's HTTP client would be; answers every status. */
export function api(base: string) {
  async function send<T>(method: string, path: string, body: unknown, { token, headers = {} }: Call = {}): Promise<Reply<T>> {
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
    let parsed: unknown = text
    try {
      parsed = text === '' ? undefined : JSON.parse(text)
    } catch {
      // Not JSON (an SVG, a page): the text is the body.
    }
    return { status: response.status, headers: response.headers, body: parsed as T }
  }
  const client = {
    base,
    get: <T = Record<string, unknown>>(path: string, call?: Call) => send<T>('GET', path, undefined, call),
    post: <T = Record<string, unknown>>(path: string, body: unknown, call?: Call) => send<T>('POST', path, body, call),
    patch: <T = Record<string, unknown>>(path: string, body: unknown, call?: Call) => send<T>('PATCH', path, body, call),
    delete: <T = Record<string, unknown>>(path: string, call?: Call) => send<T>('DELETE', path, undefined, call),
    async login(email: string, password: string): Promise<string> {
      const reply = await send<{ access_token: string }>('POST', '/api/auth/login', { email, password })
      if (reply.status !== 200) throw new Error(`login of ${email} failed: ${reply.status} ${JSON.stringify(reply.body)}`)
      return reply.body.access_token
    },
    /** A new customer, logged in. */
    async customer(name = 'Shopper'): Promise<{ token: string; userId: string; email: string }> {
      const email = `${name.toLowerCase()}-${randomUUID()}@example.com`
      const registered = await send<{ user_id: string }>('POST', '/api/users', { email, password: 'correct horse battery', name })
      if (registered.status !== 201) throw new Error(`registration failed: ${registered.status} ${JSON.stringify(registered.body)}`)
      return { token: await client.login(email, 'correct horse battery'), userId: registered.body.user_id, email }
    },
  }
  return client
}

export type Api = ReturnType<typeof api>

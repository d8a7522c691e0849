export interface Reply<T = Record<string, unknown>> {
  status: number
  headers: Headers
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
    return { status: response.status, headers: response.headers, body: (text === '' ? undefined : JSON.parse(text)) as T }
  }
  return {
    get: <T = Record<string, unknown>>(path: string, token?: string) => send<T>('GET', path, undefined, token),
    post: <T = Record<string, unknown>>(path: string, body: unknown, token?: string, headers?: Record<string, string>) => send<T>('POST', path, body, token, headers),
    patch: <T = Record<string, unknown>>(path: string, body: unknown, token?: string) => send<T>('PATCH', path, body, token),
    delete: <T = Record<string, unknown>>(path: string, token?: string) => send<T>('DELETE', path, undefined, token),
  }
}

export type Client = ReturnType<typeof client>

let counter = 0
/** A fresh identity per call, so tests sharing one service never collide. */
export function uniqueUser(prefix = 'user'): { email: string; username: string; password: string } {
  const id = `${prefix}${process.pid}x${++counter}x${Math.random().toString(36).slice(2, 8)}`
  return { email: `${id}@example.com`, username: id, password: 'correct-horse-battery' }
}

export interface Grant {
  access_token: string
  token_type: string
  expires_in: number
  refresh_token: string
}

/** Registers a user with a password and logs in. */
export async function signUp(api: Client, prefix?: string): Promise<{ user: Record<string, unknown>; grant: Grant; credentials: ReturnType<typeof uniqueUser> }> {
  const credentials = uniqueUser(prefix)
  const registered = await api.post('/users', credentials)
  if (registered.status !== 201) throw new Error(`register answered ${registered.status}`)
  const login = await api.post<Grant>('/auth/login', { email: credentials.email, password: credentials.password })
  if (login.status !== 200) throw new Error(`login answered ${login.status}`)
  return { user: registered.body, grant: login.body, credentials }
}

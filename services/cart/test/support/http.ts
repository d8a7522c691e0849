export interface Reply<T = Record<string, unknown>> {
  status: number
  body: T
}

/** A JSON client for one base URL; answers every status without throwing. */
export function client(base: string) {
  async function send<T>(method: string, path: string, body?: unknown, token?: string): Promise<Reply<T>> {
    const response = await fetch(base + path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    const text = await response.text()
    return { status: response.status, body: (text === '' ? undefined : JSON.parse(text)) as T }
  }
  return {
    get: <T = Record<string, unknown>>(path: string, token?: string) => send<T>('GET', path, undefined, token),
    post: <T = Record<string, unknown>>(path: string, body: unknown, token?: string) => send<T>('POST', path, body, token),
    patch: <T = Record<string, unknown>>(path: string, body: unknown, token?: string) => send<T>('PATCH', path, body, token),
    delete: <T = Record<string, unknown>>(path: string, token?: string) => send<T>('DELETE', path, undefined, token),
  }
}

export type Client = ReturnType<typeof client>

export interface Reply<T = Record<string, unknown>> {
  status: number
  headers: Headers
  body: T
  text: string
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
    const json = /json/.test(response.headers.get('content-type') ?? '') && text !== ''
    return { status: response.status, headers: response.headers, body: (json ? JSON.parse(text) : undefined) as T, text }
  }
  return {
    get: <T = Record<string, unknown>>(path: string, token?: string) => send<T>('GET', path, undefined, token),
    post: <T = Record<string, unknown>>(path: string, body: unknown, token?: string) => send<T>('POST', path, body, token),
    patch: <T = Record<string, unknown>>(path: string, body: unknown, token?: string) => send<T>('PATCH', path, body, token),
    delete: <T = Record<string, unknown>>(path: string, token?: string) => send<T>('DELETE', path, undefined, token),
  }
}

export type Client = ReturnType<typeof client>

export interface ProductJson {
  product_id: string
  name: string
  description: string
  price: number
  currency: string
  category: string
  image_url: string
  images: string[]
  attributes: Record<string, unknown>
  weight_grams: number
  rating: { average: number | null; count: number } | null
  created_at: string
  updated_at: string
  stock?: number
}

export interface ProductPageJson {
  items: ProductJson[]
  next_cursor: string | null
}

export interface ProblemJson {
  code: string
  fields?: { field: string; message: string }[]
}

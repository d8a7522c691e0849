import { request as httpRequest } from 'node:http'

export interface Answer {
  status: number
  headers: Headers
  text: string
  /** The body parsed as JSON, when it is JSON. */
  json: Record<string, unknown>
}

/** One request; answers every status without throwing. */
export async function call(url: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(url, init)
  const text = await response.text()
  const type = response.headers.get('content-type') ?? ''
  return { status: response.status, headers: response.headers, text, json: type.includes('json') && text !== '' ? JSON.parse(text) : {} }
}

export function json(method: string, body: unknown, token?: string): RequestInit {
  return {
    method,
    headers: { 'content-type': 'application/json', ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) },
    body: JSON.stringify(body),
  }
}

export function bearer(token: string, init: RequestInit = {}): RequestInit {
  return { ...init, headers: { ...(init.headers as Record<string, string> | undefined), authorization: `Bearer ${token}` } }
}

let counter = 0

/** Registers a fresh customer through the gateway and logs in; answers the access token. */
export async function customerToken(gateway: string): Promise<string> {
  const email = `shopper${process.pid}x${++counter}x${Math.random().toString(36).slice(2, 8)}@example.com`
  const password = 'correct-horse-battery'
  const registered = await call(`${gateway}/api/users`, json('POST', { email, password }))
  if (registered.status !== 201) throw new Error(`register answered ${registered.status}: ${registered.text}`)
  return login(gateway, email, password)
}

export async function login(gateway: string, email: string, password: string): Promise<string> {
  const answer = await call(`${gateway}/api/auth/login`, json('POST', { email, password }))
  if (answer.status !== 200 || typeof answer.json.access_token !== 'string') throw new Error(`login answered ${answer.status}: ${answer.text}`)
  return answer.json.access_token
}

/**
 * A request through node:http, which (unlike fetch) sends hop-by-hop headers and dot segments
 * as written.
 */
export function rawCall(base: string, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  const { hostname, port } = new URL(base)
  return new Promise((resolve, reject) => {
    const sent = httpRequest({ hostname, port, path, method: options.method ?? 'GET', headers: options.headers ?? {} }, (response) => {
      let text = ''
      response.setEncoding('utf8').on('data', (data: string) => { text += data }).on('end', () => {
        const headers = new Headers()
        for (const [name, value] of Object.entries(response.headers)) if (typeof value === 'string') headers.set(name, value)
        const type = headers.get('content-type') ?? ''
        resolve({ status: response.statusCode ?? 0, headers, text, json: type.includes('json') && text !== '' ? JSON.parse(text) : {} })
      })
    })
    sent.on('error', reject)
    sent.end(options.body)
  })
}

import type { JsonClient } from '@bazaar/kit/testing'

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
export async function signUp(api: JsonClient, prefix?: string): Promise<{ user: Record<string, unknown>; grant: Grant; credentials: ReturnType<typeof uniqueUser> }> {
  const credentials = uniqueUser(prefix)
  const registered = await api.post('/users', credentials)
  if (registered.status !== 201) throw new Error(`register answered ${registered.status}`)
  const login = await api.post<Grant>('/auth/login', { email: credentials.email, password: credentials.password })
  if (login.status !== 200) throw new Error(`login answered ${login.status}`)
  return { user: registered.body, grant: login.body, credentials }
}

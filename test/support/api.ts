import { randomUUID } from 'node:crypto'
import { jsonClient } from '@bazaar/kit/testing'

/** The kit's JSON client for one base URL, with the gateway's sign-up and login. */
export function api(base: string) {
  const http = jsonClient(base)
  const client = {
    ...http,
    async login(email: string, password: string): Promise<string> {
      const reply = await http.post<{ access_token: string }>('/api/auth/login', { email, password })
      if (reply.status !== 200) throw new Error(`login of ${email} failed: ${reply.status} ${reply.text}`)
      return reply.body.access_token
    },
    /** A new customer, logged in. */
    async customer(name = 'Shopper'): Promise<{ token: string; userId: string; email: string }> {
      const email = `${name.toLowerCase()}-${randomUUID()}@example.com`
      const registered = await http.post<{ user_id: string }>('/api/users', { email, password: 'correct horse battery', name })
      if (registered.status !== 201) throw new Error(`registration failed: ${registered.status} ${registered.text}`)
      return { token: await client.login(email, 'correct horse battery'), userId: registered.body.user_id, email }
    },
  }
  return client
}

export type Api = ReturnType<typeof api>

import { request } from './client.ts'
import type { paths } from './generated/users.ts'
import { send } from './http.ts'
import type { JsonBody } from './json-body.ts'

export type User = JsonBody<paths['/users/me']['get']>
export type Role = User['roles'][number]

export interface NewAccount {
  email: string
  password: string
  name?: string
}

export function register(account: NewAccount): Promise<JsonBody<paths['/users']['post'], 201>> {
  return send('/users', { method: 'POST', body: account })
}

export const meKey = ['me'] as const

export function getMe(): Promise<User> {
  return request('/users/me')
}

export function updateMe(change: { name: string | null }): Promise<JsonBody<paths['/users/me']['patch']>> {
  return request('/users/me', { method: 'PATCH', body: change })
}

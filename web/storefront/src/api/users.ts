import { request } from './client.ts'
import { send } from './http.ts'

export type Role = 'customer' | 'admin' | 'service'

export interface User {
  user_id: string
  username: string | null
  email: string
  name: string | null
  roles: Role[]
  created_at: string
}

export interface NewAccount {
  email: string
  password: string
  name?: string
}

export function register(account: NewAccount): Promise<User> {
  return send('/users', { method: 'POST', body: account })
}

export const meKey = ['me'] as const

export function getMe(): Promise<User> {
  return request('/users/me')
}

export function updateMe(change: { name: string | null }): Promise<User> {
  return request('/users/me', { method: 'PATCH', body: change })
}

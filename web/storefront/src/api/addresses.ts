import { request } from './client.ts'
import type { paths } from './generated/users.ts'
import type { JsonBody } from './json-body.ts'

export interface AddressFields {
  name: string
  line1: string
  line2?: string
  city: string
  postal_code: string
  /** ISO 3166-1 alpha-2, such as US. */
  country: string
}

export type SavedAddress = JsonBody<paths['/users/me/addresses']['post'], 201>

export const addressesKey = ['addresses'] as const

export async function listAddresses(): Promise<SavedAddress[]> {
  return (await request<JsonBody<paths['/users/me/addresses']['get']>>('/users/me/addresses')).items
}

export function addAddress(address: AddressFields): Promise<SavedAddress> {
  return request('/users/me/addresses', { method: 'POST', body: address })
}

export function removeAddress(addressId: string): Promise<void> {
  return request(`/users/me/addresses/${encodeURIComponent(addressId)}`, { method: 'DELETE' })
}

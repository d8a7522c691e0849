import { request } from './client.ts'

export interface AddressFields {
  name: string
  line1: string
  line2?: string
  city: string
  postal_code: string
  /** ISO 3166-1 alpha-2, such as US. */
  country: string
}

export interface SavedAddress extends Omit<AddressFields, 'line2'> {
  address_id: string
  line2: string | null
  phone: string | null
  created_at: string
}

export const addressesKey = ['addresses'] as const

export async function listAddresses(): Promise<SavedAddress[]> {
  return (await request<{ items: SavedAddress[] }>('/users/me/addresses')).items
}

export function addAddress(address: AddressFields): Promise<SavedAddress> {
  return request('/users/me/addresses', { method: 'POST', body: address })
}

export function removeAddress(addressId: string): Promise<void> {
  return request(`/users/me/addresses/${encodeURIComponent(addressId)}`, { method: 'DELETE' })
}

import { randomUUID } from 'node:crypto'
import { AppError, type Db } from '@bazaar/kit'
import { deleteAddress, insertAddress, listAddresses } from '../data/addresses.ts'
import type { Address, AddressFields } from './address.ts'

/** Every call is scoped to the caller's own addresses: another user's address does not exist. */
export function addAddress(db: Db, userId: string, fields: AddressFields): Promise<Address> {
  return insertAddress(db, randomUUID(), userId, { ...fields, country: fields.country.toUpperCase() })
}

export function addressesOf(db: Db, userId: string): Promise<Address[]> {
  return listAddresses(db, userId)
}

export async function removeAddress(db: Db, userId: string, addressId: string): Promise<void> {
  if (!(await deleteAddress(db, userId, addressId))) throw new AppError('NOT_FOUND', 'Address not found')
}

import type { Queryable } from '@bazaar/kit'
import type { Address, AddressFields } from '../domain/address.ts'

type AddressRow = {
  address_id: string
  user_id: string
  name: string
  line1: string
  line2: string | null
  city: string
  postal_code: string
  country: string
  phone: string | null
  created_at: Date
}

const columns = 'address_id, user_id, name, line1, line2, city, postal_code, country, phone, created_at'

function toAddress(row: AddressRow): Address {
  return {
    addressId: row.address_id,
    userId: row.user_id,
    name: row.name,
    line1: row.line1,
    line2: row.line2,
    city: row.city,
    postalCode: row.postal_code,
    country: row.country,
    phone: row.phone,
    createdAt: row.created_at,
  }
}

export async function insertAddress(db: Queryable, addressId: string, userId: string, fields: AddressFields): Promise<Address> {
  const rows = await db.query<AddressRow>(
    `insert into addresses (address_id, user_id, name, line1, line2, city, postal_code, country, phone)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning ${columns}`,
    [addressId, userId, fields.name, fields.line1, fields.line2, fields.city, fields.postalCode, fields.country, fields.phone],
  )
  return toAddress(rows[0] as AddressRow)
}

export async function listAddresses(db: Queryable, userId: string): Promise<Address[]> {
  const rows = await db.query<AddressRow>(`select ${columns} from addresses where user_id = $1 order by created_at, address_id`, [userId])
  return rows.map(toAddress)
}

/** Deletes the address if it is the user's; answers whether it was. */
export async function deleteAddress(db: Queryable, userId: string, addressId: string): Promise<boolean> {
  const rows = await db.query('delete from addresses where address_id = $1 and user_id = $2 returning address_id', [addressId, userId])
  return rows.length > 0
}

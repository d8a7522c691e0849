import { Type, type Static } from 'typebox'
import type { Address } from '../domain/address.ts'
import { userRoles, type User } from '../domain/user.ts'

/** Schemas shared by several routes; each validates, types the handler and documents the API. */
export const closed = { additionalProperties: false } as const

const nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()])

export const Id = Type.String({ minLength: 1, maxLength: 64, description: 'an id as returned by this API' })
export const Email = Type.String({ format: 'email', maxLength: 254 })
export const Username = Type.String({ pattern: '^[A-Za-z0-9._-]{3,32}$', description: '3 to 32 letters, digits, dots, dashes or underscores' })
export const Name = Type.String({ minLength: 1, maxLength: 100 })
export const Password = Type.String({ minLength: 8, maxLength: 256, description: 'at least 8 characters' })
export const Role = Type.Enum(userRoles)

export const UserView = Type.Object({
  user_id: Id,
  username: nullable(Type.String()),
  email: Type.String(),
  name: nullable(Type.String()),
  roles: Type.Array(Role),
  created_at: Type.String({ format: 'date-time' }),
}, closed)

export function userView(user: User): Static<typeof UserView> {
  return { user_id: user.userId, username: user.username, email: user.email, name: user.name, roles: user.roles, created_at: user.createdAt.toISOString() }
}

export const AddressView = Type.Object({
  address_id: Id,
  name: Type.String(),
  line1: Type.String(),
  line2: nullable(Type.String()),
  city: Type.String(),
  postal_code: Type.String(),
  country: Type.String({ description: 'ISO 3166-1 alpha-2' }),
  phone: nullable(Type.String()),
  created_at: Type.String({ format: 'date-time' }),
}, closed)

export function addressView(address: Address): Static<typeof AddressView> {
  return {
    address_id: address.addressId,
    name: address.name,
    line1: address.line1,
    line2: address.line2,
    city: address.city,
    postal_code: address.postalCode,
    country: address.country,
    phone: address.phone,
    created_at: address.createdAt.toISOString(),
  }
}

/** OAuth2 token response (RFC 6749 5.1). */
export const TokenGrantView = Type.Object({
  access_token: Type.String(),
  token_type: Type.Literal('Bearer'),
  expires_in: Type.Integer({ description: 'seconds' }),
  refresh_token: Type.Optional(Type.String()),
}, closed)

export const bearer = [{ bearer: [] }]

import { Type } from 'typebox'

/** Ids are strings on the wire; money is integer minor units (cents) with its ISO 4217 currency. */
export const Id = Type.String({ minLength: 1 })
export const Minor = Type.Integer({ description: 'an amount in minor units (cents)' })
export const Currency = Type.String({ pattern: '^[A-Z]{3}$' })
export const Timestamp = Type.String({ format: 'date-time' })

export const OrderLine = Type.Object({
  product_id: Id,
  quantity: Type.Integer({ minimum: 1 }),
  unit_price: Minor,
})

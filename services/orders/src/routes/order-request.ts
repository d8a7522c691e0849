import { Type, type Static } from 'typebox'
import { AppError, idOf, IdInput } from '@bazaar/kit'
import type { LineSource } from '../domain/checkout/collect-lines.ts'
import type { ShippingAddress, ShippingMethod } from '../domain/order.ts'
import { AddressBody, closed, LineBody, Method, Quantity } from './schemas.ts'

/**
 * The three bodies POST /orders accepts, as one schema: seed 000's `{ user_id, items }`,
 * seed 001's `{ userId, productId, quantity }`, and `{ from_cart: true }`.
 */
export const PlaceOrderBody = Type.Object({
  user_id: Type.Optional(IdInput),
  userId: Type.Optional(IdInput),
  items: Type.Optional(Type.Array(LineBody, { minItems: 1, maxItems: 100 })),
  product_id: Type.Optional(IdInput),
  productId: Type.Optional(IdInput),
  quantity: Type.Optional(Quantity),
  from_cart: Type.Optional(Type.Boolean({ description: 'order the lines of the user\'s cart' })),
  shipping_address: Type.Optional(AddressBody),
  shipping_method: Type.Optional(Method),
}, { ...closed, description: 'items, or productId (+ quantity, default 1), or from_cart: true' })

export type PlaceOrderBody = Static<typeof PlaceOrderBody>

export interface OrderRequest {
  userId: string | undefined
  source: LineSource
  shippingAddress: ShippingAddress | null
  shippingMethod: ShippingMethod
}

function invalid(field: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', 'The request is not valid', { fields: [{ field: `body.${field}`, message }] })
}

function oneOf(a: string | number | undefined, b: string | number | undefined, names: string): string | undefined {
  if (a !== undefined && b !== undefined && idOf(a) !== idOf(b)) throw invalid(names, 'give one of the two, or the same value')
  const value = a ?? b
  return value === undefined ? undefined : idOf(value)
}

/** Reads whichever shape was sent; exactly one way of naming the lines must be used. */
export function orderRequest(body: PlaceOrderBody): OrderRequest {
  const productId = oneOf(body.product_id, body.productId, 'product_id')
  const forms = [body.items !== undefined, productId !== undefined, body.from_cart === true].filter(Boolean).length
  if (forms !== 1) throw invalid('items', 'send items, or product_id with quantity, or from_cart: true (exactly one)')
  if (body.quantity !== undefined && productId === undefined) throw invalid('quantity', 'quantity goes with product_id')
  const source: LineSource = body.items
    ? { items: body.items.map((line) => ({ productId: idOf(line.product_id), quantity: line.quantity })) }
    : productId !== undefined
      ? { items: [{ productId, quantity: body.quantity ?? 1 }] }
      : { fromCart: true }
  const address = body.shipping_address
  return {
    userId: oneOf(body.user_id, body.userId, 'user_id'),
    source,
    shippingAddress: address ? { ...address, country: address.country.toUpperCase() } : null,
    shippingMethod: body.shipping_method ?? 'standard',
  }
}

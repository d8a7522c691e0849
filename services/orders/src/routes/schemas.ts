import { Type, type Static, type TSchema } from 'typebox'
import { fromMinor, IdInput } from '@bazaar/kit'
import { orderStatuses, shippingMethods, type Order } from '../domain/order.ts'

/** Schemas shared by several routes; each validates, types the handler and documents the API. */
export const closed = { additionalProperties: false } as const
export const bearer = [{ bearer: [] }]

const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])

export const Id = Type.String({ minLength: 1, maxLength: 64, description: 'an id as returned by this API' })
export const Status = Type.Enum(orderStatuses)
export const Method = Type.Enum(shippingMethods, { description: 'standard (default) or express' })
const Money = Type.Number({ description: 'a decimal amount such as 29.99' })
const Timestamp = Type.String({ format: 'date-time' })

export const AddressBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  line1: Type.String({ minLength: 1, maxLength: 200 }),
  line2: Type.Optional(Type.String({ maxLength: 200 })),
  city: Type.String({ minLength: 1, maxLength: 100 }),
  postal_code: Type.String({ minLength: 1, maxLength: 20 }),
  country: Type.String({ pattern: '^[A-Za-z]{2}$', description: 'ISO 3166-1 alpha-2 code, such as US' }),
}, closed)

export const Quantity = Type.Integer({ minimum: 1, maximum: 10_000 })
export const LineBody = Type.Object({ product_id: IdInput, quantity: Quantity }, closed)

export const OrderView = Type.Object({
  order_id: Id,
  user_id: Id,
  status: Status,
  items: Type.Array(Type.Object({ product_id: Id, name: Type.String(), quantity: Type.Integer(), unit_price: Money, line_total: Money }, closed)),
  subtotal: Money,
  shipping: Money,
  tax: Money,
  total: Money,
  currency: Type.String(),
  shipping_address: nullable(AddressBody),
  shipping_method: Method,
  expires_at: Timestamp,
  payment_id: nullable(Type.String()),
  tracking_number: nullable(Type.String()),
  cancel_reason: nullable(Type.String()),
  history: Type.Array(Type.Object({ status: Status, at: Timestamp, note: nullable(Type.String()) }, closed)),
  created_at: Timestamp,
  updated_at: Timestamp,
}, closed)

export function orderView(order: Order): Static<typeof OrderView> {
  return {
    order_id: order.orderId,
    user_id: order.userId,
    status: order.status,
    items: order.items.map((line) => ({
      product_id: line.productId,
      name: line.name,
      quantity: line.quantity,
      unit_price: fromMinor(line.unitPrice),
      line_total: fromMinor(line.lineTotal),
    })),
    subtotal: fromMinor(order.subtotal),
    shipping: fromMinor(order.shipping),
    tax: fromMinor(order.tax),
    total: fromMinor(order.total),
    currency: order.currency,
    shipping_address: order.shippingAddress,
    shipping_method: order.shippingMethod,
    expires_at: order.expiresAt.toISOString(),
    payment_id: order.paymentId,
    tracking_number: order.trackingNumber,
    cancel_reason: order.cancelReason,
    history: order.history.map((entry) => ({ status: entry.status, at: entry.at.toISOString(), note: entry.note })),
    created_at: order.createdAt.toISOString(),
    updated_at: order.updatedAt.toISOString(),
  }
}

export const OrderPage = Type.Object({ items: Type.Array(OrderView), next_cursor: Type.Union([Type.String(), Type.Null()]) }, closed)

/** An RFC 9457 problem document, as every error is answered. */
export const Problem = Type.Object({
  type: Type.String(),
  title: Type.String(),
  status: Type.Integer(),
  code: Type.String(),
  detail: Type.Optional(Type.String()),
  instance: Type.Optional(Type.String()),
}, { additionalProperties: true })

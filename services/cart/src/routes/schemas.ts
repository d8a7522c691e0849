import { Type, type Static, type TSchema } from 'typebox'
import { fromMinor } from '@bazaar/kit'
import type { CartLine, PricedCart } from '../domain/cart.ts'

/** Schemas shared by the routes; each validates, types the handler and documents the API. */
export const closed = { additionalProperties: false } as const
export const bearer = [{ bearer: [] }]

const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])

export const ProductId = Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$', description: 'a product id, such as "12"' })
export const Quantity = Type.Integer({ minimum: 1, maximum: 99 })

const CartItemView = Type.Object({
  product_id: Type.String(),
  name: nullable(Type.String({ description: 'null when the catalog could not be asked or no longer has the product' })),
  price: nullable(Type.Number({ description: 'the unit price now' })),
  quantity: Quantity,
  line_total: nullable(Type.Number()),
  available: nullable(Type.Integer({ description: 'units inventory can sell now; null when it could not be asked' })),
  image_url: nullable(Type.String()),
}, closed)

export const CartView = Type.Object({
  items: Type.Array(CartItemView),
  subtotal: nullable(Type.Number({ description: 'null when the catalog could not be asked' })),
  currency: Type.String(),
  item_count: Type.Integer({ description: 'units over every line' }),
}, closed)

export function cartView(cart: PricedCart): Static<typeof CartView> {
  const money = (minor: number | null) => (minor === null ? null : fromMinor(minor))
  return {
    items: cart.lines.map((line) => ({
      product_id: line.productId,
      name: line.name,
      price: money(line.priceMinor),
      quantity: line.quantity,
      line_total: money(line.lineTotalMinor),
      available: line.available,
      image_url: line.imageUrl,
    })),
    subtotal: money(cart.subtotalMinor),
    currency: cart.currency,
    item_count: cart.itemCount,
  }
}

export const RawCartView = Type.Object({
  user_id: Type.String(),
  items: Type.Array(Type.Object({ product_id: Type.String(), quantity: Quantity }, closed)),
}, closed)

export function rawCartView(userId: string, lines: readonly CartLine[]): Static<typeof RawCartView> {
  return { user_id: userId, items: lines.map((line) => ({ product_id: line.productId, quantity: line.quantity })) }
}

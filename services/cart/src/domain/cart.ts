/** Most units of one product in one cart, as the contract says (1..99 per line). */
export const maxQuantity = 99

/** What the user chose; everything else about the product is looked up when the cart is read. */
export interface CartLine {
  productId: string
  quantity: number
  addedAt: Date
}

/** What an order placed from the cart took: its id, whose cart, and the lines as ordered. */
export interface PlacedOrder {
  orderId: string
  userId: string
  lines: { productId: string; quantity: number }[]
}

/**
 * The cart once an order took its lines: each ordered line loses the quantity ordered, and goes
 * when nothing is left. A line added, or grown, after the order was placed keeps what the
 * order did not take (docs/architecture.md#3-checkout-the-saga).
 */
export function withoutOrdered(lines: CartLine[], order: PlacedOrder): CartLine[] {
  const taken = new Map<string, number>()
  for (const line of order.lines) taken.set(line.productId, (taken.get(line.productId) ?? 0) + line.quantity)
  return lines
    .map((line) => ({ ...line, quantity: line.quantity - (taken.get(line.productId) ?? 0) }))
    .filter((line) => line.quantity > 0)
}

/** What the catalog says about a product, money in minor units. */
export interface Product {
  productId: string
  name: string
  priceMinor: number
  currency: string
  imageUrl: string | null
}

/** A line with what could be resolved; null where its source did not answer. */
export interface PricedLine {
  productId: string
  quantity: number
  name: string | null
  priceMinor: number | null
  lineTotalMinor: number | null
  /** Units inventory can sell now. */
  available: number | null
  imageUrl: string | null
}

export interface PricedCart {
  lines: PricedLine[]
  /** Null when the catalog could not be asked: a partial sum would look like a real total. */
  subtotalMinor: number | null
  currency: string
  /** Units over every line. */
  itemCount: number
}

/** Most units of one product in one cart, as the contract says (1..99 per line). */
export const maxQuantity = 99

/** What the user chose; everything else about the product is looked up when the cart is read. */
export interface CartLine {
  productId: string
  quantity: number
  addedAt: Date
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

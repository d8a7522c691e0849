/** A value of a product attribute: "color": "red", "screen_inches": 15.6, "wireless": true. */
export type AttributeValue = string | number | boolean

/** What an admin sets on a product; every field of an update is optional. */
export interface ProductFields {
  name: string
  description: string
  /** Integer minor units (cents). */
  priceMinor: number
  currency: string
  /** A category slug or name, such as "home-kitchen" or "Home & Kitchen". */
  category: string
  /** Image URLs an admin added; the generated SVG comes before them in the API. */
  images: string[]
  attributes: Record<string, AttributeValue>
  weightGrams: number
}

/**
 * A product as the catalog keeps it. Timestamps are ISO strings, so a product read from the
 * cache (JSON) and one read from the database are the same value.
 */
export interface Product extends ProductFields {
  productId: string
  /** The category's slug. */
  category: string
  createdAt: string
  updatedAt: string
}

/** An average of 1-5 stars and how many ratings it is made of; average is null without ratings. */
export interface Rating {
  average: number | null
  count: number
}

export const defaultCurrency = 'USD'
export const uncategorized = 'Uncategorized'

/** Product ids are sequential integers; anything else names no product (404, never a 400 or 500). */
export function isProductId(id: string): boolean {
  return /^[0-9]{1,15}$/.test(id)
}

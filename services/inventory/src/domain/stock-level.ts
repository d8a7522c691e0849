/** A product's numbers: `quantity` can be sold now, `reserved` is held for orders awaiting payment. */
export interface StockLevel {
  productId: string
  quantity: number
  reserved: number
}

/** A product's numbers right after a change, and its sellable quantity before it (undefined: the row is new). */
export interface StockChange extends StockLevel {
  previousQuantity: number | undefined
}

/** The stock of every product together, as /metrics shows it. */
export interface StockTotals {
  /** Units that can be sold now. */
  sellable: number
  /** Units held for orders awaiting payment. */
  reserved: number
  /** Products with nothing to sell now. */
  outOfStock: number
}

/** The most a product's quantity may reach: far from the int column's limit, so sums never overflow. */
export const maxQuantity = 1_000_000_000

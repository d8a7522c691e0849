/** One user's rating of one product; rating again replaces stars and review. */
export interface Rating {
  productId: string
  userId: string
  /** 1 to 5. */
  stars: number
  review: string | null
  createdAt: Date
  updatedAt: Date
}

export interface RatingSummary {
  productId: string
  /** Mean stars rounded to 2 decimals; null when nobody rated the product. */
  average: number | null
  count: number
}

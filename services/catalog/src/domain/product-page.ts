import type { Product, Rating } from './product.ts'

export interface RatedProduct {
  product: Product
  rating: Rating | null
}

export interface ProductPage {
  items: RatedProduct[]
  next: string | null
}

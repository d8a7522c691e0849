export interface ProductJson {
  product_id: string
  name: string
  description: string
  price: number
  currency: string
  category: string
  image_url: string
  images: string[]
  attributes: Record<string, unknown>
  weight_grams: number
  rating: { average: number | null; count: number } | null
  created_at: string
  updated_at: string
  stock?: number
}

export interface ProductPageJson {
  items: ProductJson[]
  next_cursor: string | null
}

export interface ProblemJson {
  code: string
  fields?: { field: string; message: string }[]
}

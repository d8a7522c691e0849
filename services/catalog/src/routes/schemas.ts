import { Type, type Static } from 'typebox'
import { DecimalAmount, fromMinor } from '@bazaar/kit'
import type { CategoryCount } from '../data/categories.ts'
import type { RatedProduct } from '../domain/product-page.ts'

/** Schemas shared by several routes; each validates, types the handler and documents the API. */
export const closed = { additionalProperties: false } as const
export const bearer = [{ bearer: [] }]

export const ProductParams = Type.Object({ product_id: Type.String({ minLength: 1, maxLength: 64, description: 'a product id such as "12"' }) }, closed)

export const ProductName = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S', description: '1 to 200 characters' })
export const Description = Type.String({ maxLength: 2000 })
export const Price = Type.Number({ ...DecimalAmount, exclusiveMinimum: 0, description: 'a decimal amount above 0, such as 29.99' })
export const CurrencyCode = Type.String({ pattern: '^[A-Za-z]{3}$', description: 'ISO 4217 code; USD by default' })
export const CategoryName = Type.String({ minLength: 1, maxLength: 60, description: 'a category slug or name, such as "home-kitchen" or "Home & Kitchen"; created when new' })
export const Images = Type.Array(Type.String({ maxLength: 500, pattern: '^(https?://|/)[^\\s<>"]+$' }), { maxItems: 10, description: 'absolute or root-relative image URLs' })
// Values are checked by attributesOf: the validator coerces types (query strings need it), so a
// schema of string|number|boolean would turn 28 and true into "28" and "true".
export const Attributes = Type.Record(Type.String({ maxLength: 100 }), Type.Unknown(), {
  maxProperties: 50,
  description: 'free-form facts, such as {"color":"red","wireless":true}: strings (at most 500 characters), numbers or booleans',
})
export const WeightGrams = Type.Integer({ minimum: 0, maximum: 1_000_000 })
export const Stock = Type.Integer({ minimum: 0, maximum: 1_000_000, description: 'units inventory starts with; 0 by default' })

const RatingView = Type.Union([
  Type.Object({ average: Type.Union([Type.Number(), Type.Null()]), count: Type.Integer() }, closed),
  Type.Null(),
], { description: 'from the ratings service; null when it could not be asked' })

const productFields = {
  product_id: Type.String(),
  name: Type.String(),
  description: Type.String(),
  price: Type.Number(),
  currency: Type.String(),
  category: Type.String({ description: 'the category\'s slug' }),
  image_url: Type.String(),
  images: Type.Array(Type.String()),
  attributes: Attributes,
  weight_grams: Type.Integer(),
  rating: RatingView,
  created_at: Type.String({ format: 'date-time' }),
  updated_at: Type.String({ format: 'date-time' }),
}

export const ProductView = Type.Object(productFields, closed)
export const CreatedProductView = Type.Object({ ...productFields, stock: Type.Integer() }, closed)

export const ProductPage = Type.Object({ items: Type.Array(ProductView), next_cursor: Type.Union([Type.String(), Type.Null()]) }, closed)

export const CategoryList = Type.Object({
  items: Type.Array(Type.Object({ slug: Type.String(), name: Type.String(), product_count: Type.Integer() }, closed)),
}, closed)

/** Where the product's generated picture is, as seen through the gateway. */
export function imageUrlOf(productId: string): string {
  return `/api/products/${productId}/image.svg`
}

export function productView({ product, rating }: RatedProduct): Static<typeof ProductView> {
  const imageUrl = imageUrlOf(product.productId)
  return {
    product_id: product.productId,
    name: product.name,
    description: product.description,
    price: fromMinor(product.priceMinor),
    currency: product.currency,
    category: product.category,
    image_url: imageUrl,
    images: [imageUrl, ...product.images],
    attributes: product.attributes,
    weight_grams: product.weightGrams,
    rating,
    created_at: product.createdAt,
    updated_at: product.updatedAt,
  }
}

export function categoryView(category: CategoryCount): Static<typeof CategoryList>['items'][number] {
  return { slug: category.slug, name: category.name, product_count: category.productCount }
}

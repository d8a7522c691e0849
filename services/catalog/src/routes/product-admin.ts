import { Type, type Static } from 'typebox'
import { authenticate, requireRole, toMinor, type ServiceApp, type TokenVerifier } from '@bazaar/kit'
import { addProduct, changeProduct, removeProduct, type WriteDeps } from '../domain/product-writes.ts'
import type { ProductFields } from '../domain/product.ts'
import { attributesOf } from './attributes.ts'
import {
  Attributes, bearer, CategoryName, closed, CreatedProductView, CurrencyCode, Description, Images, Price,
  ProductName, ProductParams, productView, ProductView, Stock, WeightGrams,
} from './schemas.ts'

const editable = {
  description: Type.Optional(Description),
  currency: Type.Optional(CurrencyCode),
  category: Type.Optional(CategoryName),
  images: Type.Optional(Images),
  attributes: Type.Optional(Attributes),
  weight_grams: Type.Optional(WeightGrams),
}

const CreateBody = Type.Object({ name: ProductName, price: Price, ...editable, stock: Type.Optional(Stock) }, closed)
// Stock is inventory's: it changes there (POST /inventory/{id}/update), not here.
const UpdateBody = Type.Object({ name: Type.Optional(ProductName), price: Type.Optional(Price), ...editable }, { ...closed, minProperties: 1 })

type Editable = Partial<Static<typeof UpdateBody>>

function fieldsOf(body: Editable): Partial<ProductFields> {
  return {
    name: body.name,
    description: body.description,
    priceMinor: body.price === undefined ? undefined : toMinor(body.price),
    currency: body.currency,
    category: body.category,
    images: body.images,
    attributes: body.attributes === undefined ? undefined : attributesOf(body.attributes),
    weightGrams: body.weight_grams,
  }
}

/** Admin edits; each commits with its event (ProductCreated or ProductUpdated) in one transaction. */
export function productAdminRoutes(app: ServiceApp, deps: WriteDeps, verifier: TokenVerifier): void {
  const admin = [authenticate(verifier), requireRole('admin')]

  app.post('/products', {
    onRequest: admin,
    schema: { summary: 'Create a product (admin)', tags: ['products'], security: bearer, body: CreateBody, response: { 201: CreatedProductView } },
  }, async (request, reply) => {
    const { name, price, stock = 0, ...rest } = request.body
    const product = await addProduct(deps, { ...fieldsOf(rest), name, priceMinor: toMinor(price) }, stock)
    return reply.code(201).header('location', `/products/${product.productId}`).send({ ...productView({ product, rating: null }), stock })
  })

  app.patch('/products/:product_id', {
    onRequest: admin,
    schema: { summary: 'Change a product (admin)', tags: ['products'], security: bearer, params: ProductParams, body: UpdateBody, response: { 200: ProductView } },
  }, async (request) => {
    const product = await changeProduct(deps, request.params.product_id, fieldsOf(request.body))
    return productView({ product, rating: null })
  })

  app.delete('/products/:product_id', {
    onRequest: admin,
    schema: { summary: 'Delete a product (admin)', tags: ['products'], security: bearer, params: ProductParams, response: { 204: Type.Null() } },
  }, async (request, reply) => {
    await removeProduct(deps, request.params.product_id)
    return reply.code(204).send(null)
  })
}

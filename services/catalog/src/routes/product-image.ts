import type { ServiceApp } from '@bazaar/kit'
import { readProduct } from '../domain/product-reads.ts'
import type { ReadDeps } from '../domain/read-deps.ts'
import { productImage } from '../domain/product-image.ts'
import { ProductParams } from './schemas.ts'

export function productImageRoutes(app: ServiceApp, deps: ReadDeps): void {
  app.get('/products/:product_id/image.svg', {
    schema: { summary: 'A generated picture of the product (SVG)', tags: ['products'], params: ProductParams, produces: ['image/svg+xml'] },
  }, async (request, reply) => {
    const product = await readProduct(deps, request.params.product_id)
    return reply
      .type('image/svg+xml; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      // An SVG is a document: it may not run script or load anything, even opened on its own.
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
      .header('x-content-type-options', 'nosniff')
      .send(productImage(product))
  })
}

import { Type } from 'typebox'
import { authenticate, requireRole, type ServiceApp } from '@bazaar/kit'
import type { InventoryContext } from '../context.ts'
import type { InventoryDeps } from '../domain/inventory-deps.ts'
import { maxQuantity } from '../domain/stock-level.ts'
import { readStock, updateStock, type StockUpdate } from '../domain/stock.ts'
import { bearer, closed, PathId, StockView, stockView } from './schemas.ts'

const ProductParams = Type.Object({ product_id: PathId }, closed)

const UpdateBody = Type.Object({
  quantity: Type.Optional(Type.Integer({ minimum: 0, maximum: maxQuantity, description: 'sets the sellable quantity' })),
  delta: Type.Optional(Type.Integer({ minimum: -maxQuantity, maximum: maxQuantity, description: 'adds to it (negative: removes); never below 0' })),
}, { ...closed, minProperties: 1, maxProperties: 1, description: 'exactly one of quantity and delta' })

export function stockRoutes(app: ServiceApp, ctx: InventoryContext, deps: InventoryDeps): void {
  app.get('/inventory/:product_id', {
    schema: { summary: 'A product\'s stock', tags: ['inventory'], params: ProductParams, response: { 200: StockView } },
  }, async (request) => stockView(await readStock(ctx.db, request.params.product_id)))

  app.post('/inventory/:product_id/update', {
    onRequest: [authenticate(ctx.verifier), requireRole('admin', 'service')],
    schema: {
      summary: 'Set or adjust a product\'s stock (admin or service)',
      description: 'Creates the product\'s stock record when inventory has none yet. Publishes inventory.updated, and inventory.low when the quantity falls under LOW_STOCK_THRESHOLD.',
      tags: ['inventory'],
      security: bearer,
      params: ProductParams,
      body: UpdateBody,
      response: { 200: StockView },
    },
  }, async (request) => {
    const { quantity, delta } = request.body
    const update: StockUpdate = quantity !== undefined ? { quantity } : { delta: delta ?? 0 }
    return stockView(await updateStock(deps, request.params.product_id, update))
  })
}

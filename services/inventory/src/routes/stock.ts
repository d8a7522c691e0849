import { Type } from 'typebox'
import { InventoryLow, InventoryUpdated } from '@bazaar/contracts'
import { AppError, authenticate, requireRole, type ServiceApp, type TokenVerifier } from '@bazaar/kit'
import type { InventoryDeps } from '../domain/inventory.ts'
import { maxQuantity } from '../domain/stock-level.ts'
import { readStock, readStocks, updateStock, type StockUpdate } from '../domain/stock.ts'
import { bearer, closed, maxBatch, PathId, ProductIdList, StockView, stockView } from './schemas.ts'

const ProductParams = Type.Object({ product_id: PathId }, closed)

const UpdateBody = Type.Object({
  quantity: Type.Optional(Type.Integer({ minimum: 0, maximum: maxQuantity, description: 'sets the sellable quantity' })),
  delta: Type.Optional(Type.Integer({ minimum: -maxQuantity, maximum: maxQuantity, description: 'adds to it (negative: removes); never below 0' })),
}, { ...closed, minProperties: 1, maxProperties: 1, description: 'exactly one of quantity and delta' })

const BatchQuery = Type.Object({ product_ids: ProductIdList }, closed)
const StockList = Type.Object({ items: Type.Array(StockView) }, closed)

/** The list's ids, each once in the order first named; more than maxBatch different ones is a 400. */
function batchIds(list: string): string[] {
  const ids = [...new Set(list.split(','))]
  if (ids.length > maxBatch) {
    throw new AppError('VALIDATION_FAILED', 'The request is not valid', { fields: [{ field: 'querystring.product_ids', message: `must name at most ${maxBatch} products` }] })
  }
  return ids
}

export function stockRoutes(app: ServiceApp, deps: InventoryDeps, verifier: TokenVerifier): void {
  app.get('/inventory/:product_id', {
    schema: { summary: 'A product\'s stock', tags: ['inventory'], params: ProductParams, response: { 200: StockView } },
  }, async (request) => stockView(await readStock(deps.db, request.params.product_id)))

  app.get('/inventory', {
    schema: {
      summary: 'The stock of several products',
      description: `One call for a page of products (at most ${maxBatch}). Each product once, in the order first asked; `
        + 'a product inventory has no stock record of is left out (the single read answers 404 for it): it has nothing to sell.',
      tags: ['inventory'],
      querystring: BatchQuery,
      response: { 200: StockList },
    },
  }, async (request) => ({ items: (await readStocks(deps.db, batchIds(request.query.product_ids))).map(stockView) }))

  app.post('/inventory/:product_id/update', {
    onRequest: [authenticate(verifier), requireRole('admin', 'service')],
    schema: {
      summary: 'Set or adjust a product\'s stock (admin or service)',
      description: `Creates the product's stock record when inventory has none yet. Publishes ${InventoryUpdated.type}, and ${InventoryLow.type} when the quantity falls under LOW_STOCK_THRESHOLD.`,
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

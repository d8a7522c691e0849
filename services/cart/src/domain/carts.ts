import { AppError, isAppError, type Logger } from '@bazaar/kit'
import type { CartStore } from '../data/cart-store.ts'
import { maxQuantity, type CartLine, type PricedCart, type Product } from './cart.ts'
import type { Catalog, Inventory } from './lookups.ts'
import { priceCart } from './pricing.ts'

export interface CartDeps {
  store: CartStore
  catalog: Catalog
  inventory: Inventory
  /** Distinct products per cart. */
  maxLines: number
  log?: Logger | undefined
}

/**
 * The user's cart with names, prices and stock looked up now, catalog and inventory asked in
 * parallel. A lookup that fails leaves its fields null: the cart still answers.
 */
export async function readCart(deps: CartDeps, userId: string): Promise<PricedCart> {
  const lines = await deps.store.lines(userId)
  if (lines.length === 0) return priceCart(lines, new Map(), new Map())
  const ids = lines.map((line) => line.productId)
  const [products, stock] = await Promise.all([
    deps.catalog.products(ids).catch((error: unknown) => {
      deps.log?.warn({ err: error, upstream: 'catalog' }, 'cart read without names and prices')
      return undefined
    }),
    deps.inventory.available(ids).catch((error: unknown) => {
      deps.log?.warn({ err: error, upstream: 'inventory' }, 'cart read without availability')
      return new Map()
    }),
  ])
  return priceCart(lines, products, stock)
}

/** The raw lines, for the orders service placing an order from the cart. */
export function cartLines(deps: Pick<CartDeps, 'store'>, userId: string): Promise<CartLine[]> {
  return deps.store.lines(userId)
}

/** Adds units of a product the catalog knows; answers whether the line is new. */
export async function addItem(deps: CartDeps, userId: string, productId: string, quantity: number): Promise<{ created: boolean }> {
  await ensureProduct(deps.catalog, productId)
  const outcome = await deps.store.add(userId, productId, quantity, { maxQuantity, maxLines: deps.maxLines })
  if (outcome.ok) return { created: outcome.created }
  throw outcome.refused === 'quantity'
    ? new AppError('CONFLICT', 'Too many units', { detail: `A cart line holds at most ${maxQuantity} units.`, fields: [{ field: 'body.quantity', message: `would make the line hold more than ${maxQuantity}` }] })
    : new AppError('CONFLICT', 'The cart is full', { detail: `A cart holds at most ${deps.maxLines} different products.` })
}

/** Sets a line's quantity; 0 removes it. A product not in the cart is 404, unless 0 was asked. */
export async function changeQuantity(deps: CartDeps, userId: string, productId: string, quantity: number): Promise<void> {
  if (quantity === 0) return deps.store.remove(userId, productId)
  const line = await deps.store.setQuantity(userId, productId, quantity)
  if (!line) throw new AppError('NOT_FOUND', 'Not in the cart', { detail: `Product ${productId} is not in the cart; add it first.` })
}

/** Idempotent: removing a product that is not in the cart changes nothing. */
export function removeItem(deps: CartDeps, userId: string, productId: string): Promise<void> {
  return deps.store.remove(userId, productId)
}

export function clearCart(deps: CartDeps, userId: string): Promise<void> {
  return deps.store.clear(userId)
}

// What the catalog answers about an id it cannot read: the id is not a product either.
const refusedIds = new Set(['NOT_FOUND', 'VALIDATION_FAILED', 'MALFORMED_REQUEST'])

async function ensureProduct(catalog: Catalog, productId: string): Promise<void> {
  let products: Map<string, Product> | undefined
  try {
    products = await catalog.products([productId])
  } catch (error) {
    if (!isAppError(error) || !refusedIds.has(error.code)) {
      throw new AppError('UNAVAILABLE', 'Catalog unavailable', {
        detail: 'The product cannot be checked now; try again shortly.',
        retryAfter: isAppError(error) && error.retryAfter !== undefined ? error.retryAfter : 1,
        cause: error,
      })
    }
  }
  if (!products?.has(productId)) {
    throw new AppError('UNPROCESSABLE', 'Unknown product', { detail: `There is no product ${productId}.`, fields: [{ field: 'body.product_id', message: 'is not a product' }] })
  }
}

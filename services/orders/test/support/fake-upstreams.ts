import { AppError } from '@bazaar/kit'
import type { Cart, Catalog, CatalogProduct, Inventory, Shipping } from '../../src/domain/ports.ts'

/**
 * In-process stand-ins for the catalog, shipping, cart and inventory services, for domain tests
 * that must make an upstream fail at a chosen moment. The real services are used by the
 * route tests; these keep their contracts (inventory: idempotent by order id, all or nothing).
 */
export function fakeCatalog(products: readonly CatalogProduct[]): Catalog & { calls: number } {
  const byId = new Map(products.map((product) => [product.productId, product]))
  const catalog = {
    calls: 0,
    async products(ids: readonly string[]) {
      catalog.calls += 1
      return ids.flatMap((id) => byId.get(id) ?? [])
    },
  }
  return catalog
}

export function fakeShipping(prices = { standard: 500, express: 1500 }): Shipping {
  return { quote: async () => ({ currency: 'USD', prices }) }
}

export function fakeCart(lines: Record<string, { productId: string; quantity: number }[]>): Cart {
  return { lines: async (userId) => lines[userId] ?? [] }
}

export interface FakeInventory extends Inventory {
  stock: Map<string, number>
  reservations: Map<string, { lines: { productId: string; quantity: number }[]; status: 'held' | 'released' }>
  reserveCalls: number
  releaseCalls: number
  /** The next `n` reserve calls fail as an unreachable upstream does (after holding, when `afterHolding`). */
  failNext(n: number, options?: { afterHolding?: boolean }): void
}

export function fakeInventory(initial: Record<string, number>): FakeInventory {
  let failures = 0
  let failAfterHolding = false
  const unavailable = () => new AppError('UNAVAILABLE', 'Upstream unavailable')
  const inventory: FakeInventory = {
    stock: new Map(Object.entries(initial)),
    reservations: new Map(),
    reserveCalls: 0,
    releaseCalls: 0,
    failNext(n, options = {}) {
      failures = n
      failAfterHolding = options.afterHolding ?? false
    },
    async reserve(orderId, lines) {
      inventory.reserveCalls += 1
      if (failures > 0 && !failAfterHolding) {
        failures -= 1
        throw unavailable()
      }
      const existing = inventory.reservations.get(orderId)
      if (existing) return existing.status
      const short = lines.filter((line) => (inventory.stock.get(line.productId) ?? 0) < line.quantity)
      if (short.length > 0) {
        throw new AppError('OUT_OF_STOCK', 'Not enough stock', {
          extensions: { lines: short.map((line) => ({ product_id: line.productId, requested: line.quantity, available: inventory.stock.get(line.productId) ?? 0 })) },
        })
      }
      for (const line of lines) inventory.stock.set(line.productId, (inventory.stock.get(line.productId) ?? 0) - line.quantity)
      inventory.reservations.set(orderId, { lines: lines.map((line) => ({ productId: line.productId, quantity: line.quantity })), status: 'held' })
      if (failures > 0) {
        failures -= 1
        throw unavailable()
      }
      return 'held'
    },
    async release(orderId) {
      inventory.releaseCalls += 1
      const reservation = inventory.reservations.get(orderId)
      if (reservation?.status !== 'held') return
      reservation.status = 'released'
      for (const line of reservation.lines) inventory.stock.set(line.productId, (inventory.stock.get(line.productId) ?? 0) + line.quantity)
    },
  }
  return inventory
}

import type { Db, NewEvent, Queryable } from '@bazaar/kit'
import type { Logger } from 'pino'
import type { OrdersMetrics } from '../metrics.ts'
import type { Order, ShippingMethod } from './order.ts'

/** A product as the catalog prices it now; money in minor units. */
export interface CatalogProduct {
  productId: string
  name: string
  price: number
  currency: string
  weightGrams: number
}

export interface Catalog {
  /** The products among `ids` that exist; unknown ids are simply absent. */
  products(ids: readonly string[]): Promise<CatalogProduct[]>
}

export interface ShippingQuery {
  country: string
  weightGrams: number
  /** Minor units. */
  subtotal: number
}

export interface Shipping {
  /** The price of each method, in minor units of `currency`. */
  quote(query: ShippingQuery): Promise<{ currency: string; prices: Partial<Record<ShippingMethod, number>> }>
}

export interface Cart {
  lines(userId: string): Promise<{ productId: string; quantity: number }[]>
}

export interface Inventory {
  /**
   * Holds stock for the order, idempotently by order id; answers the reservation's status
   * (`held`, or what a repeat finds: `committed`, `released`). Short stock throws OUT_OF_STOCK.
   */
  reserve(orderId: string, lines: readonly { productId: string; quantity: number }[], expiresAt: Date): Promise<string>
  /** Gives held stock back; nothing to release is fine. */
  release(orderId: string): Promise<void>
}

/**
 * The Idempotency-Key an order was placed with: from the transaction that settles the order
 * (moves it out of `pending`) on, the key answers what placing it came to, whoever settled it
 * (the request, a retry, recovery, an admin), so every repeat gets the same answer. The form of
 * that answer is the routes' business.
 */
export interface PlacementKeys {
  /** Keeps, in `tx`, the answer for the key `order` was placed with, if it has one still unanswered. */
  settle(tx: Queryable, order: Order): Promise<void>
}

export interface Settings {
  taxRatePercent: number
  reservationTtlMs: number
  pendingLeaseMs: number
  idempotencyKeyTtlMs: number
  idempotencyWaitMs: number
  idempotencyPollMs: number
  /** How often recovery, the expiry sweep and the key sweep run. */
  sweepIntervalMs: number
}

/** Everything the orders domain uses, so it never reaches for the service context. */
export interface OrdersDeps {
  /** Its transactions, like `transaction`'s, run the tasks given to `afterCommit` (the consumers open theirs here). */
  db: Db
  /** A transaction whose outbox events are published right after the commit. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>
  /** Runs `task` once `tx` committed, never if it rolls back: what counts a fact on /metrics. */
  afterCommit(tx: Queryable, task: () => void): void
  publish(tx: Queryable, event: NewEvent): Promise<void>
  catalog: Catalog
  shipping: Shipping
  cart: Cart
  inventory: Inventory
  keys: PlacementKeys
  settings: Settings
  metrics: OrdersMetrics
  log: Logger
}

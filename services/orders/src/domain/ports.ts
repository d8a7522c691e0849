import type { Db, NewEvent, Queryable, StoredResponse } from '@bazaar/kit'
import type { Logger } from 'pino'
import type { OrdersMetrics } from '../metrics.ts'
import type { CrashPoint } from './crash-points.ts'
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
 * What POST /orders answers for an order in a given state: the idempotency record stores it in
 * the transaction that settles the order, so every repeat gets the same bytes. The JSON shape
 * belongs to the routes, which provide this.
 */
export interface Responses {
  settled(order: Order): StoredResponse
}

export interface Settings {
  taxRatePercent: number
  reservationTtlMs: number
  pendingLeaseMs: number
  idempotencyKeyTtlMs: number
  idempotencyWaitMs: number
  idempotencyPollMs: number
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
  responses: Responses
  settings: Settings
  metrics: OrdersMetrics
  crash(point: CrashPoint): void
  log: Logger
}

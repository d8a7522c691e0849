import type { Queryable } from '@bazaar/kit'
import type { CancelReason, HistoryEntry, Order, OrderLine, OrderStatus, Rejection, ShippingAddress, ShippingMethod } from '../domain/order.ts'
import { historyOf } from './history.ts'
import { itemsOf } from './order-items.ts'

type OrderRow = {
  order_id: string
  seq: number
  user_id: string
  status: OrderStatus
  subtotal: number
  shipping: number
  tax: number
  total: number
  currency: string
  shipping_address: ShippingAddress | null
  shipping_method: ShippingMethod
  from_cart: boolean
  expires_at: Date
  payment_id: string | null
  tracking_number: string | null
  cancel_reason: CancelReason | null
  rejection: Rejection | null
  created_at: Date
  updated_at: Date
}

const columns = `order_id, seq, user_id, status, subtotal, shipping, tax, total, currency, shipping_address, shipping_method,
  from_cart, expires_at, payment_id, tracking_number, cancel_reason, rejection, created_at, updated_at`

function toOrder(row: OrderRow, items: OrderLine[], history: HistoryEntry[]): Order {
  return {
    orderId: row.order_id,
    userId: row.user_id,
    status: row.status,
    items,
    subtotal: row.subtotal,
    shipping: row.shipping,
    tax: row.tax,
    total: row.total,
    currency: row.currency,
    shippingAddress: row.shipping_address,
    shippingMethod: row.shipping_method,
    fromCart: row.from_cart,
    expiresAt: row.expires_at,
    paymentId: row.payment_id,
    trackingNumber: row.tracking_number,
    cancelReason: row.cancel_reason,
    rejection: row.rejection,
    history,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

/** Orders with their items and history, in the order of `rows`. */
async function assemble(db: Queryable, rows: OrderRow[]): Promise<Order[]> {
  if (rows.length === 0) return []
  const ids = rows.map((row) => row.order_id)
  const [items, history] = await Promise.all([itemsOf(db, ids), historyOf(db, ids)])
  return rows.map((row) => toOrder(row, items.get(row.order_id) ?? [], history.get(row.order_id) ?? []))
}

/** An order as it is placed: the fields the checkout decides, its lines, and how long it is held. */
export interface NewOrder extends Pick<Order, 'orderId' | 'userId' | 'subtotal' | 'shipping' | 'tax' | 'total' | 'currency' | 'shippingAddress' | 'shippingMethod' | 'fromCart'> {
  items: readonly OrderLine[]
  /** From now, by the database's clock (every replica compares against the same clock). */
  ttlMs: number
  /** How long the placing request drives the order alone. */
  leaseMs: number
}

/** Inserts the order row only; its items and first history entry are written beside it. */
export async function insertOrder(tx: Queryable, order: NewOrder): Promise<void> {
  await tx.query(
    `insert into orders (order_id, user_id, status, subtotal, shipping, tax, total, currency, shipping_address, shipping_method,
       from_cart, expires_at, drive_after)
     values ($1, $2, 'pending', $3, $4, $5, $6, $7, $8, $9, $10,
       clock_timestamp() + $11::bigint * interval '1 millisecond', clock_timestamp() + $12::bigint * interval '1 millisecond')`,
    [order.orderId, order.userId, order.subtotal, order.shipping, order.tax, order.total, order.currency,
      order.shippingAddress, order.shippingMethod, order.fromCart, order.ttlMs, order.leaseMs],
  )
}

export async function findOrder(db: Queryable, orderId: string): Promise<Order | undefined> {
  const rows = await db.query<OrderRow>(`select ${columns} from orders where order_id = $1`, [orderId])
  return (await assemble(db, rows))[0]
}

/** An order the caller's transaction knows exists (it just wrote or locked it). */
export async function orderIn(tx: Queryable, orderId: string): Promise<Order> {
  const order = await findOrder(tx, orderId)
  if (!order) throw new Error(`order ${orderId} vanished inside its own transaction`)
  return order
}

export interface OrderFilter {
  userId?: string | undefined
  status?: OrderStatus | undefined
}

export interface OrderPage {
  orders: Order[]
  /** Where the next page starts; undefined on the last page. */
  next: number | undefined
}

/** Newest first, `limit` at a time, from position `before` (exclusive). */
export async function listOrders(db: Queryable, filter: OrderFilter, limit: number, before?: number): Promise<OrderPage> {
  const rows = await db.query<OrderRow>(
    `select ${columns} from orders
     where ($1::text is null or user_id = $1) and ($2::text is null or status = $2) and ($3::bigint is null or seq < $3)
     order by seq desc limit $4`,
    [filter.userId ?? null, filter.status ?? null, before ?? null, limit + 1],
  )
  const page = rows.slice(0, limit)
  return { orders: await assemble(db, page), next: rows.length > limit ? page.at(-1)?.seq : undefined }
}

/** The order's status, locked until the transaction ends: transitions of one order run one at a time. */
export async function lockStatus(tx: Queryable, orderId: string): Promise<OrderStatus | undefined> {
  const rows = await tx.query<{ status: OrderStatus }>('select status from orders where order_id = $1 for update', [orderId])
  return rows[0]?.status
}

export interface StatusChange {
  paymentId?: string | undefined
  cancelReason?: CancelReason | undefined
  rejection?: Rejection | undefined
}

/** Only src/domain/transitions.ts calls this: statuses move along the allowed transitions alone. */
export async function updateStatus(tx: Queryable, orderId: string, status: OrderStatus, change: StatusChange): Promise<void> {
  await tx.query(
    `update orders set status = $2, payment_id = coalesce($3, payment_id), cancel_reason = coalesce($4, cancel_reason),
       rejection = coalesce($5, rejection), updated_at = now()
     where order_id = $1`,
    [orderId, status, change.paymentId ?? null, change.cancelReason ?? null, change.rejection ?? null],
  )
}

/** A late payment's id on a cancelled order, kept with the refund it asked for. */
export async function setPaymentId(tx: Queryable, orderId: string, paymentId: string): Promise<void> {
  await tx.query('update orders set payment_id = $2, updated_at = now() where order_id = $1', [orderId, paymentId])
}

export async function setTrackingNumber(tx: Queryable, orderId: string, trackingNumber: string): Promise<void> {
  await tx.query('update orders set tracking_number = $2, updated_at = now() where order_id = $1', [orderId, trackingNumber])
}

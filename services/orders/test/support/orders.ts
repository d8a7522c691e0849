import { randomUUID } from 'node:crypto'
import type { Db } from '@bazaar/kit'
import { insertHistory } from '../../src/data/history.ts'
import { insertItems } from '../../src/data/order-items.ts'
import { insertOrder } from '../../src/data/orders.ts'
import type { OrderStatus } from '../../src/domain/order.ts'
import { transition } from '../../src/domain/transitions.ts'

/** How an order reaches each status from `pending`, along allowed transitions. */
const paths: Record<OrderStatus, OrderStatus[]> = {
  pending: [],
  awaiting_payment: ['awaiting_payment'],
  paid: ['awaiting_payment', 'paid'],
  shipped: ['awaiting_payment', 'paid', 'shipped'],
  delivered: ['awaiting_payment', 'paid', 'shipped', 'delivered'],
  rejected: ['rejected'],
  cancelled: ['cancelled'],
}

export interface SeedOptions {
  status?: OrderStatus
  userId?: string
  expiresInMs?: number
  leaseMs?: number
}

/** An order written as the saga writes it, then moved to `status` through transitions. */
export async function seedOrder(db: Db, options: SeedOptions = {}): Promise<string> {
  const orderId = randomUUID()
  const lines = [{ productId: '1', name: 'Laptop', quantity: 2, unitPrice: 99_999, lineTotal: 199_998 }]
  await db.transaction(async (tx) => {
    await insertOrder(tx, {
      orderId,
      userId: options.userId ?? 'u1',
      items: lines,
      subtotal: 199_998,
      shipping: 500,
      tax: 16_000,
      total: 216_498,
      currency: 'USD',
      shippingAddress: null,
      shippingMethod: 'standard',
      fromCart: false,
      ttlMs: options.expiresInMs ?? 60_000,
      leaseMs: options.leaseMs ?? 60_000,
    })
    await insertItems(tx, orderId, lines)
    await insertHistory(tx, orderId, 'pending', null)
    for (const status of paths[options.status ?? 'pending']) {
      const result = await transition(tx, orderId, status, status === 'paid' ? { paymentId: 'pay_seed' } : {})
      if (!result.moved) throw new Error(`seeding could not move to ${status}`)
    }
  })
  return orderId
}

export async function statusOf(db: Db, orderId: string): Promise<string | undefined> {
  const rows = await db.query<{ status: string }>('select status from orders where order_id = $1', [orderId])
  return rows[0]?.status
}

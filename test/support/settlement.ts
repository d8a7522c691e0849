import assert from 'node:assert/strict'
import { createPostgresDb } from '@bazaar/kit'
import { waitFor } from '@bazaar/kit/testing'
import type { Api } from './api.ts'
import type { Inventory, Order, Page } from './shapes.ts'

const terminal = new Set(['delivered', 'cancelled', 'rejected'])
const sold = new Set(['paid', 'shipped', 'delivered'])

/** Every order the platform holds, as an admin lists them page by page. */
export async function allOrders(shop: Api, admin: string): Promise<Order[]> {
  const orders: Order[] = []
  for (let cursor: string | null = ''; cursor !== null;) {
    const page: Page<Order> = (await shop.get<Page<Order>>(`/api/orders?limit=100${cursor ? `&cursor=${cursor}` : ''}`, admin)).body
    orders.push(...page.items)
    cursor = page.next_cursor
  }
  return orders
}

/**
 * What a failure must never break, checked once the platform settled: every order of `productId`
 * reaches a terminal state, none is charged twice, and stock equals initial minus sold.
 */
export async function assertSettled(shop: Api, admin: string, options: { productId: string; initialStock: number; paymentsDatabase: string; timeoutMs?: number }): Promise<Order[]> {
  const { productId } = options
  const orders = await waitFor(async () => {
    const mine = (await allOrders(shop, admin)).filter((order) => order.items.some((line) => line.product_id === productId))
    return mine.every((order) => terminal.has(order.status)) ? mine : undefined
  }, { timeoutMs: options.timeoutMs ?? 60_000, intervalMs: 500, what: 'every order to reach a terminal state' })

  const units = orders.filter((order) => sold.has(order.status)).flatMap((order) => order.items).reduce((sum, line) => sum + line.quantity, 0)
  const stock = await waitFor(async () => {
    const now = (await shop.get<Inventory & { reserved: number }>(`/api/inventory/${productId}`)).body
    return now.reserved === 0 ? now : undefined
  }, { what: 'no stock held for settled orders' })
  assert.equal(stock.quantity, options.initialStock - units, 'stock equals initial minus sold')
  assert.ok(orders.filter((order) => sold.has(order.status)).every((order) => order.payment_id), 'a sold order has its payment')

  const payments = await createPostgresDb(options.paymentsDatabase, { max: 1 })
  try {
    const doubles = await payments.query(`select order_id from payments where status in ('succeeded', 'refunded') group by order_id having count(*) > 1`)
    assert.deepEqual(doubles, [], 'no order was charged twice')
    const charged = await payments.query<{ order_id: string }>(`select order_id from payments where status = 'succeeded'`)
    const ours = new Set(orders.map((order) => order.order_id))
    const paidOrders = new Set(orders.filter((order) => sold.has(order.status)).map((order) => order.order_id))
    assert.ok(charged.filter((row) => ours.has(row.order_id)).every((row) => paidOrders.has(row.order_id)), 'every standing charge belongs to a sold order (the others were refunded)')
  } finally {
    await payments.close()
  }
  return orders
}

import assert from 'node:assert/strict'
import { createPostgresDb, type Queryable } from '@bazaar/kit'
import { waitFor } from '@bazaar/kit/testing'
import type { Api } from './api.ts'
import type { Inventory, Order, Page } from './shapes.ts'

/** An order as the admin list shows it, with the history that tells whether it was ever paid. */
export type ListedOrder = Order

const terminal = new Set(['delivered', 'cancelled', 'rejected'])
const keepsItsCharge = new Set(['paid', 'shipped', 'delivered'])

/**
 * The units of an order leave the stock for good once it was paid: order.paid commits its
 * reservation, and a later cancellation refunds the money (payments) but does not put the goods
 * back on sale (inventory's order-settled). An order cancelled or rejected before payment
 * releases its reservation, and a payment arriving after that is refunded.
 */
function wasPaid(order: ListedOrder): boolean {
  return order.history.some((entry) => entry.status === 'paid')
}

/** Every order the platform holds, as an admin lists them page by page. */
export async function allOrders(shop: Api, admin: string): Promise<ListedOrder[]> {
  const orders: ListedOrder[] = []
  for (let cursor: string | null = ''; cursor !== null;) {
    const page: Page<ListedOrder> = (await shop.get<Page<ListedOrder>>(`/api/orders?limit=100${cursor ? `&cursor=${cursor}` : ''}`, admin)).body
    orders.push(...page.items)
    cursor = page.next_cursor
  }
  return orders
}

/**
 * What a failure must never break, as the API shows it: the orders of `productId` exist and all
 * reach a terminal state, no stock stays reserved, stock equals initial minus the units of paid
 * orders, and each of those has its payment. Answers those orders.
 */
export async function assertOrdersSettled(shop: Api, admin: string, options: { productId: string; initialStock: number; timeoutMs?: number }): Promise<ListedOrder[]> {
  const { productId } = options
  const orders = await waitFor(async () => {
    const mine = (await allOrders(shop, admin)).filter((order) => order.items.some((line) => line.product_id === productId))
    return mine.length > 0 && mine.every((order) => terminal.has(order.status)) ? mine : undefined
  }, { timeoutMs: options.timeoutMs ?? 60_000, intervalMs: 500, what: 'every order to reach a terminal state' })

  const sold = orders.filter(wasPaid).flatMap((order) => order.items)
    .filter((line) => line.product_id === productId).reduce((sum, line) => sum + line.quantity, 0)
  const stock = await waitFor(async () => {
    const now = (await shop.get<Inventory>(`/api/inventory/${productId}`)).body
    return now.reserved === 0 ? now : undefined
  }, { what: 'no stock held for settled orders' })
  assert.equal(stock.quantity, options.initialStock - sold, 'stock equals initial minus sold')
  assert.ok(orders.filter(wasPaid).every((order) => order.payment_id), 'a sold order has its payment')
  return orders
}

/**
 * What a failure must never break, as the payments database shows it (`payments` queries the
 * service's own tables): no order charged twice, and a charge stands only for an order that
 * keeps it. Refunds follow order.cancelled asynchronously: on a running platform they are
 * waited for; on a stopped one (`running: false`) whatever is not refunded by then never will be.
 */
export async function assertChargedOnce(payments: Queryable, orders: readonly ListedOrder[], { running = true } = {}): Promise<void> {
  const doubles = await payments.query(`select order_id from payments where status in ('succeeded', 'refunded') group by order_id having count(*) > 1`)
  assert.deepEqual(doubles, [], 'no order was charged twice')
  const ours = new Map(orders.map((order) => [order.order_id, order]))
  const unrefunded = async () => (await payments.query<{ payment_id: string; order_id: string }>(`select payment_id, order_id from payments where status = 'succeeded'`))
    .flatMap(({ payment_id: paymentId, order_id: orderId }) => {
      const order = ours.get(orderId)
      return order && !keepsItsCharge.has(order.status) ? [`payment ${paymentId} of order ${orderId} (${order.status})`] : []
    })
  // On a timeout the assertion below names the payments still standing.
  if (running) await waitFor(async () => (await unrefunded()).length === 0, { what: 'the charges of cancelled orders to be refunded' }).catch(() => undefined)
  assert.deepEqual(await unrefunded(), [], 'every standing charge belongs to a sold order (the others were refunded)')
}

/** Both checks above, on a platform whose payments service has its own PostgreSQL database. */
export async function assertSettled(shop: Api, admin: string, options: { productId: string; initialStock: number; paymentsDatabase: string; timeoutMs?: number }): Promise<ListedOrder[]> {
  const orders = await assertOrdersSettled(shop, admin, options)
  const payments = await createPostgresDb(options.paymentsDatabase, { max: 1 })
  try {
    await assertChargedOnce(payments, orders)
  } finally {
    await payments.close()
  }
  return orders
}

import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { waitFor } from '@bazaar/kit/testing'
import { killStrays, startPlatformProcess, workspace, type PlatformProcess } from '@bazaar/cli/testing'
import { api } from '../support/api.ts'
import type { Inventory, Order, Page, Product } from '../support/shapes.ts'

after(() => killStrays())

const adminPassword = 'admin-password-for-crash-tests'
const settings = {
  ADMIN_PASSWORD: adminPassword,
  LOG_LEVEL: 'warn',
  SEED_DEMO: 'false',
  DISPATCH_DELAY_MS: '50',
  DELIVERY_DELAY_MS: '50',
  ORDERS_RESERVATION_TTL_MS: '3000',
  ORDERS_SWEEP_INTERVAL_MS: '200',
  // The crashed request's lease on its pending order runs out quickly, so recovery need not wait 10 s.
  ORDERS_PENDING_LEASE_MS: '1000',
}
const terminal = new Set(['delivered', 'cancelled', 'rejected'])
const soldStatuses = new Set(['paid', 'shipped', 'delivered'])

/** Drives one order into the step where the orders code kills its own process. */
async function checkoutUntilCrash(running: PlatformProcess, step: string): Promise<string> {
  const shop = api(running.gatewayUrl)
  const admin = await shop.login('admin@bazaar.local', adminPassword)
  const created = await shop.post<Product>('/api/products', { name: `Crash ${step}`, price: 10, stock: 10 }, { token: admin })
  await waitFor(async () => (await shop.get<Inventory>(`/api/inventory/${created.body.product_id}`)).body.quantity === 10, { what: 'stock' })
  const { token } = await shop.customer('Crash')
  const ordered = shop.post<Order>('/api/orders', { items: [{ product_id: created.body.product_id, quantity: 2 }] }, { token })
  if (step !== 'after_paid_commit') {
    // The order request itself is what dies: its connection closes without an answer.
    await ordered.catch(() => undefined)
    return created.body.product_id
  }
  const order = (await ordered).body
  await shop.post('/api/payment', { order_id: order.order_id, amount: order.total, payment_method: 'credit_card', credit_card_number: '4242424242424242' }, { token }).catch(() => undefined)
  return created.body.product_id
}

for (const step of ['after_pending', 'after_reserve', 'after_paid_commit']) {
  test(`when the orders code dies ${step.replaceAll('_', ' ')}, then after a restart every order settles, nothing is charged twice and no stock leaks`, { timeout: 180_000 }, async () => {
    const place = await workspace()
    try {
      const crashing = await startPlatformProcess(place, { ...settings, ORDERS_CRASH_AT: step })
      const productId = await checkoutUntilCrash(crashing, step)
      assert.equal(await crashing.exited, 'SIGKILL', 'the process died at the hook')

      const restarted = await startPlatformProcess(place, settings)
      const shop = api(restarted.gatewayUrl)
      const admin = await shop.login('admin@bazaar.local', adminPassword)
      const orders = await waitFor(async () => {
        const list = (await shop.get<Page<Order>>('/api/orders?limit=100', { token: admin })).body.items
        return list.length > 0 && list.every((order) => terminal.has(order.status)) ? list : undefined
      }, { what: 'every order to reach a terminal state', timeoutMs: 30_000 })
      const sold = orders.filter((order) => order.payment_id !== null && order.status !== 'cancelled')
        .flatMap((order) => order.items).filter((line) => line.product_id === productId).reduce((sum, line) => sum + line.quantity, 0)
      const stock = await waitFor(async () => {
        const now = (await shop.get<Inventory>(`/api/inventory/${productId}`)).body
        return now.reserved === 0 ? now : undefined
      }, { what: 'no stock held for settled orders' })
      assert.equal(stock.quantity, 10 - sold, 'stock equals initial minus sold')
      assert.ok(orders.every((order) => !soldStatuses.has(order.status) || order.payment_id), 'a sold order has its payment')
      assert.equal(await restarted.interrupt(), 0)

      const pg = await PGlite.create(join(place.dataDir, 'pglite'))
      try {
        const doubles = await pg.query('select order_id from payments.payments where status in ($1, $2) group by order_id having count(*) > 1', ['succeeded', 'refunded'])
        assert.deepEqual(doubles.rows, [], 'no order was charged twice')
      } finally {
        await pg.close()
      }
    } finally {
      await place.remove()
    }
  })
}

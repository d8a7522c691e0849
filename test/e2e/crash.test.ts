import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { createPgliteDb, openPglite } from '@bazaar/kit'
import { waitFor } from '@bazaar/kit/testing'
import { killStrays, startPlatformProcess, workspace, type PlatformProcess } from '@bazaar/cli/testing'
import { api } from '../support/api.ts'
import { assertChargedOnce, assertOrdersSettled } from '../support/settlement.ts'
import type { Inventory, Order, Product } from '../support/shapes.ts'

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
const initialStock = 10

/** Drives one order into the step where the orders process is killed. */
async function checkoutUntilCrash(running: PlatformProcess, step: string): Promise<string> {
  const shop = api(running.gatewayUrl)
  const admin = await shop.login('admin@bazaar.local', adminPassword)
  const created = await shop.post<Product>('/api/products', { name: `Crash ${step}`, price: 10, stock: initialStock }, { token: admin })
  await waitFor(async () => (await shop.get<Inventory>(`/api/inventory/${created.body.product_id}`)).body.quantity === initialStock, { what: 'stock' })
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
      const crashing = await startPlatformProcess(place, settings, { crashAt: `orders.${step}` })
      const productId = await checkoutUntilCrash(crashing, step)
      assert.equal(await crashing.exited, 'SIGKILL', 'the process died at the hook')

      const restarted = await startPlatformProcess(place, settings)
      const shop = api(restarted.gatewayUrl)
      const admin = await shop.login('admin@bazaar.local', adminPassword)
      const orders = await assertOrdersSettled(shop, admin, { productId, initialStock, timeoutMs: 30_000 })
      assert.equal(await restarted.interrupt(), 0)

      // The payments tables are read once the process is gone: PGlite allows one opener at a time.
      const pg = await openPglite(join(place.dataDir, 'pglite'))
      try {
        await assertChargedOnce(await createPgliteDb(pg, 'payments'), orders, { running: false })
      } finally {
        await pg.close()
      }
    } finally {
      await place.remove()
    }
  })
}

import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { missingServers, waitFor } from '@bazaar/kit/testing'
import { startDistributedShop, type DistributedShop } from '../support/distributed-shop.ts'
import { checkoutLoad } from '../support/checkout-load.ts'
import { assertSettled } from '../support/settlement.ts'
import type { Inventory, Product } from '../support/shapes.ts'

const skip = await missingServers(['postgres', 'amqp', 'redis'])
const initialStock = 400
let shop: DistributedShop

before(async () => {
  if (skip) return
  shop = await startDistributedShop({
    replicas: { orders: 2, payments: 2 },
    // Orders left unpaid by a failure are cancelled within seconds, and a payment the killed
    // replica left processing is settled within seconds (then refunded if its order was
    // cancelled meanwhile), so the test sees them settle.
    env: { ORDERS_RESERVATION_TTL_MS: '4000', ORDERS_SWEEP_INTERVAL_MS: '200', ORDERS_PENDING_LEASE_MS: '1000', PAYMENTS_PAYMENT_STUCK_AFTER_MS: '2000' },
  })
})
after(() => shop?.stop())

test('when one replica of orders and one of payments are killed under a checkout load, then every order settles, nothing is charged twice, stock adds up, and only requests in flight failed', { skip, timeout: 240_000 }, async (t) => {
  const admin = await shop.adminToken()
  const created = await shop.api.post<Product>('/api/products', { name: `Replica crash ${Date.now()}`, price: 12.5, stock: initialStock }, { token: admin })
  assert.equal(created.status, 201, created.text)
  const productId = created.body.product_id
  await waitFor(async () => (await shop.api.get<Inventory>(`/api/inventory/${productId}`)).body.quantity === initialStock, { what: 'the initial stock' })
  const customers = await Promise.all(Array.from({ length: 8 }, (_, i) => shop.api.customer(`Replica${i}`)))

  const load = checkoutLoad(shop.api, customers, productId)
  const killWhenBusy = async (service: string, index: number): Promise<number> => {
    const past = load.finished()
    await waitFor(() => load.finished() >= past + 10, { timeoutMs: 60_000, what: `10 checkouts before killing ${service}-${index}` })
    const inFlight = load.inFlight()
    shop.platform.replicas(service)[index - 1]!.child.kill('SIGKILL')
    t.diagnostic(`killed ${service}-${index} with ${inFlight} requests in flight`)
    return inFlight
  }
  const inFlightAtKills = await killWhenBusy('orders', 1) + await killWhenBusy('payments', 2)
  // Ready only counts once the killed processes are gone and their successors answer.
  await waitFor(() => shop.platform.replicas('orders')[0]!.child.restarts >= 1 && shop.platform.replicas('payments')[1]!.child.restarts >= 1, { timeoutMs: 30_000, what: 'the supervisor to start both again' })
  await shop.platform.ready(60_000)
  const afterRestart = load.finished()
  await waitFor(() => load.finished() >= afterRestart + 10, { timeoutMs: 60_000, what: '10 checkouts after the restarts' })
  const report = await load.stop()
  t.diagnostic(`answers by status: ${JSON.stringify(Object.fromEntries(report.statuses))}; ${report.orders.length} orders acknowledged`)

  assert.ok(report.failures <= inFlightAtKills, `${report.failures} requests failed; only the ${inFlightAtKills} in flight at the kills may`)
  const orders = await assertSettled(shop.api, admin, { productId, initialStock, paymentsDatabase: shop.platform.databases.get('payments')! })
  const held = new Set(orders.map((order) => order.order_id))
  assert.deepEqual(report.orders.filter((id) => !held.has(id)), [], 'every acknowledged order is there')
})

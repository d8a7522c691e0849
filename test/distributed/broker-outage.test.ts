import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { isReady } from '@bazaar/cli'
import { missingServers, servers, tcpProxy, waitFor, type TcpProxy } from '@bazaar/kit/testing'
import { startDistributedShop, type DistributedShop } from '../support/distributed-shop.ts'
import { checkoutLoad } from '../support/checkout-load.ts'
import { assertSettled } from '../support/settlement.ts'
import type { Inventory, Product } from '../support/shapes.ts'

const skip = await missingServers(['postgres', 'amqp', 'redis'])
const initialStock = 400
let broker: TcpProxy
let shop: DistributedShop

before(async () => {
  if (skip) return
  // Every process reaches RabbitMQ through this proxy: cutting it is the outage.
  broker = await tcpProxy(servers.amqp)
  shop = await startDistributedShop({
    env: { AMQP_URL: broker.url, ORDERS_RESERVATION_TTL_MS: '30000', ORDERS_SWEEP_INTERVAL_MS: '200' },
  })
})
after(async () => {
  broker?.refuse(false)
  await shop?.stop()
  await broker?.close()
})

test('when every connection to RabbitMQ is cut during a checkout load and comes back, then every event is delivered, every order settles and no dead letter is left', { skip, timeout: 240_000 }, async (t) => {
  const admin = await shop.adminToken()
  const created = await shop.api.post<Product>('/api/products', { name: `Broker outage ${Date.now()}`, price: 8.75, stock: initialStock }, { token: admin })
  assert.equal(created.status, 201, created.text)
  const productId = created.body.product_id
  await waitFor(async () => (await shop.api.get<Inventory>(`/api/inventory/${productId}`)).body.quantity === initialStock, { what: 'the initial stock' })
  const customers = await Promise.all(Array.from({ length: 6 }, (_, i) => shop.api.customer(`Broker${i}`)))

  const load = checkoutLoad(shop.api, customers, productId)
  await waitFor(() => load.finished() >= 10, { timeoutMs: 60_000, what: '10 checkouts before the outage' })
  broker.refuse(true)
  broker.drop()
  const before = load.acknowledged().length
  await waitFor(async () => !(await isReady(shop.url('orders'))), { what: 'orders to report itself not ready' })
  const duringOutage = load.finished()
  // Orders are taken and paid over HTTP while the events wait in the outboxes.
  await waitFor(() => load.finished() >= duringOutage + 10, { timeoutMs: 60_000, what: '10 checkouts while RabbitMQ is unreachable' })
  const placedDuringOutage = load.acknowledged().slice(before)
  broker.refuse(false)
  await shop.platform.ready(60_000)
  const recovered = load.finished()
  await waitFor(() => load.finished() >= recovered + 10, { timeoutMs: 60_000, what: '10 checkouts after the recovery' })
  const report = await load.stop()
  t.diagnostic(`answers by status: ${JSON.stringify(Object.fromEntries(report.statuses))}; ${report.orders.length} orders acknowledged`)

  const orders = await assertSettled(shop.api, admin, { productId, initialStock, paymentsDatabase: shop.platform.databases.get('payments')!, timeoutMs: 90_000 })
  const delivered = new Set(orders.filter((order) => order.status === 'delivered').map((order) => order.order_id))
  assert.ok(placedDuringOutage.length >= 5 && placedDuringOutage.every((id) => delivered.has(id)), 'the orders placed and paid during the outage were delivered after it')
  const deadLetters = await shop.deadLetters()
  assert.ok(Object.values(deadLetters).every((depth) => depth === 0), `dead letters: ${JSON.stringify(deadLetters)}`)
})

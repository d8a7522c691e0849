import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { createPostgresDb, type Db } from '@bazaar/kit'
import { jsonClient, missingServers, waitFor } from '@bazaar/kit/testing'
import { startDistributedShop, type DistributedShop } from '../support/distributed-shop.ts'
import type { Inventory, Order, Payment, Product } from '../support/shapes.ts'

const skip = await missingServers(['postgres', 'amqp', 'redis'])
let shop: DistributedShop
let payments: Db

before(async () => {
  if (skip) return
  // Each charge takes a second at the provider: long enough to kill the replica in the middle of one.
  shop = await startDistributedShop({ replicas: { payments: 2 }, env: { PAYMENTS_PROVIDER_LATENCY_MS: '1000' } })
  payments = await createPostgresDb(shop.platform.databases.get('payments')!, { max: 1 })
})
after(async () => {
  await payments?.close()
  await shop?.stop()
})

test('when the payments replica charging a card is killed, then a retry with the same key answers the charge\'s real outcome within 5 s, and the card is charged once', { skip, timeout: 180_000 }, async (t) => {
  const admin = await shop.adminToken()
  const created = await shop.api.post<Product>('/api/products', { name: `Takeover ${Date.now()}`, price: 30, stock: 5 }, { token: admin })
  assert.equal(created.status, 201, created.text)
  const productId = created.body.product_id
  await waitFor(async () => (await shop.api.get<Inventory>(`/api/inventory/${productId}`)).body.quantity === 5, { what: 'the initial stock' })
  const { token } = await shop.api.customer('Takeover')
  const placed = await shop.api.post<Order>('/api/orders', { items: [{ product_id: productId, quantity: 1 }] }, { token, headers: { 'idempotency-key': randomUUID() } })
  assert.equal(placed.status, 201, placed.text)

  const key = randomUUID()
  const body = { order_id: placed.body.order_id, amount: placed.body.total, payment_method: 'credit_card', credit_card_number: '4242424242424242' }
  const doomed = shop.platform.replicas('payments')[0]!
  // Straight to one replica, so the test knows which process holds the charge.
  void jsonClient(doomed.url).post('/payment', body, { token, headers: { 'idempotency-key': key } }).catch(() => undefined)
  const charging = await waitFor(async () => (await payments.query<{ payment_id: string }>(`select payment_id from payments where order_id = $1 and status = 'processing'`, [placed.body.order_id]))[0], { intervalMs: 10, what: 'the payment to be processing' })
  doomed.child.kill('SIGKILL')
  const killedAt = Date.now()

  // As a client retries: the same key again while the gateway answers that the replica it
  // tried went away (502) or none could take it yet (503).
  const retried = await waitFor(async () => {
    const answer = await shop.api.post<Payment>('/api/payment', body, { token, headers: { 'idempotency-key': key } })
    return answer.status === 502 || answer.status === 503 ? undefined : answer
  }, { intervalMs: 100, timeoutMs: 15_000, what: 'an answer to the retried payment' })
  const tookMs = Date.now() - killedAt
  t.diagnostic(`the retry answered ${retried.status} ${tookMs} ms after the kill`)
  assert.equal(retried.status, 201, retried.text)
  assert.deepEqual([retried.body.payment_id, retried.body.status], [charging.payment_id, 'succeeded'])
  assert.ok(tookMs < 5000, `the retry took ${tookMs} ms`)
  const charges = await payments.query(`select 1 from provider_charges where payment_id = $1`, [charging.payment_id])
  assert.equal(charges.length, 1, 'the provider charged the card once')
  await waitFor(async () => (await shop.api.get<Order>(`/api/orders/${placed.body.order_id}`, token)).body.status !== 'awaiting_payment', { what: 'the order to be paid' })
})

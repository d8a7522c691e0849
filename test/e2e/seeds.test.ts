import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { waitFor } from '@bazaar/kit/testing'
import { startShop, type Shop } from '../support/shop.ts'
import type { Api } from '../support/api.ts'
import type { Inventory, Order, Payment, Product } from '../support/shapes.ts'

let shop: Shop
let admin: string
before(async () => {
  shop = await startShop()
  admin = await shop.adminToken()
})
after(() => shop?.stop())

/**
 * Seed 001's experiment 1 and seed 000's examples, as written, with only an Authorization
 * header added where the endpoint requires it. `prefix` is '/api' at the gateway, '' on a
 * service's own port.
 */
async function seedWalk(catalog: Api, inventory: Api, orders: Api, payments: Api, prefix: string) {
  const auth = { token: admin }
  const created = await catalog.post<Product>(`${prefix}/products`, { name: 'Laptop', price: 999.99, stock: 10 }, auth)
  assert.equal(created.status, 201)
  const productId = created.body.product_id
  assert.equal(typeof productId, 'string')

  const stock = await waitFor(async () => {
    const reply = await inventory.get<Inventory>(`${prefix}/inventory/${productId}`)
    return reply.status === 200 ? reply.body : undefined
  }, { what: 'the new product\'s stock' })
  assert.equal(stock.product_id, productId)
  assert.equal(stock.quantity, 10)

  const product = await catalog.get<Product>(`${prefix}/products/${productId}`)
  assert.equal(product.status, 200)
  assert.deepEqual({ product_id: product.body.product_id, name: product.body.name, price: product.body.price }, { product_id: productId, name: 'Laptop', price: 999.99 })
  assert.equal(typeof product.body.description, 'string')

  const seed001 = await orders.post<Order>(`${prefix}/orders`, { userId: 1, productId: Number(productId), quantity: 2 }, auth)
  assert.equal(seed001.status, 201, JSON.stringify(seed001.body))
  assert.equal(seed001.body.user_id, '1')
  assert.deepEqual(seed001.body.items.map((line) => [line.product_id, line.quantity]), [[productId, 2]])

  const seed000 = await orders.post<Order>(`${prefix}/orders`, { user_id: 'user123', items: [{ product_id: productId, quantity: 1 }] }, auth)
  assert.equal(seed000.status, 201, JSON.stringify(seed000.body))
  assert.equal(seed000.body.status, 'awaiting_payment')

  const read = await orders.get<Order>(`${prefix}/orders/${seed000.body.order_id}`, auth)
  assert.equal(read.status, 200)
  assert.equal(read.body.total, seed000.body.total)

  const paid = await payments.post<Payment>(`${prefix}/payment`, {
    order_id: seed000.body.order_id,
    amount: seed000.body.total,
    payment_method: 'credit_card',
    credit_card_number: '4242424242424242',
  }, auth)
  assert.equal(paid.status, 201, JSON.stringify(paid.body))
  assert.equal(paid.body.last4, '4242')
  const payment = await payments.get<Payment>(`${prefix}/payment/${paid.body.payment_id}`, auth)
  assert.equal(payment.status, 200)
  assert.equal(payment.body.order_id, seed000.body.order_id)

  await waitFor(async () => (await orders.get<Order>(`${prefix}/orders/${seed000.body.order_id}`, auth)).body.status !== 'awaiting_payment', { what: 'the order to move on from awaiting payment' })
}

test('when the seeds\' examples are sent through the gateway, then they work as written', async () => {
  const created = await shop.api.post('/api/users', { username: `john${Date.now()}`, email: `john-${Date.now()}@example.com` })
  assert.equal(created.status, 201)
  assert.equal(typeof created.body.user_id, 'string')
  const health = await shop.api.get<{ status: string; services: Record<string, string> }>('/api/health')
  assert.equal(health.status, 200)
  assert.equal(health.body.status, 'up')
  await seedWalk(shop.api, shop.api, shop.api, shop.api, '/api')
})

test('when the seeds\' examples are sent to each service\'s own port, then they work as written', async () => {
  const created = await shop.direct('users').post('/users', { username: `jane${Date.now()}`, email: `jane-${Date.now()}@example.com` })
  assert.equal(created.status, 201)
  await seedWalk(shop.direct('catalog'), shop.direct('inventory'), shop.direct('orders'), shop.direct('payments'), '')
})

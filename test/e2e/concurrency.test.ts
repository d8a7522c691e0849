import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { waitFor } from '@bazaar/kit/testing'
import { startShop, type Shop } from '../support/shop.ts'
import type { Inventory, OrProblem, Order, Payment, Problem, Product } from '../support/shapes.ts'

let shop: Shop
let admin: string
before(async () => {
  shop = await startShop()
  admin = await shop.adminToken()
})
after(() => shop?.stop())

async function product(stock: number): Promise<string> {
  const created = await shop.api.post<Product>('/api/products', { name: `Last Few ${Date.now()}`, price: 19.99, stock }, { token: admin })
  await waitFor(async () => (await shop.api.get<Inventory>(`/api/inventory/${created.body.product_id}`)).body.quantity === stock, { what: 'stock' })
  return created.body.product_id
}

test('when 200 customers order the last 25 units at once, then exactly 25 orders hold stock, the rest are 409 OUT_OF_STOCK and stock ends at 0', { timeout: 120_000 }, async () => {
  const productId = await product(25)
  const attempts = await Promise.all(Array.from({ length: 200 }, (_, i) =>
    shop.api.post<OrProblem<Order>>('/api/orders', { user_id: `buyer-${i}`, items: [{ product_id: productId, quantity: 1 }] }, { token: admin })))
  const held = attempts.filter((reply) => reply.status === 201)
  const refused = attempts.filter((reply) => reply.status === 409)
  assert.equal(held.length, 25)
  assert.equal(refused.length, 175)
  assert.ok(refused.every((reply) => reply.body.code === 'OUT_OF_STOCK'))
  assert.ok(held.every((reply) => reply.body.status === 'awaiting_payment'))
  const stock = (await shop.api.get<Inventory>(`/api/inventory/${productId}`)).body
  assert.equal(stock.quantity, 0)
  assert.equal(stock.reserved, 25)
})

test('when one Idempotency-Key is sent 20 times at once for an order and for its payment, then one order, one charge, the same answer each time', { timeout: 60_000 }, async () => {
  const productId = await product(10)
  const { token } = await shop.api.customer('Twice')
  const body = { items: [{ product_id: productId, quantity: 1 }] }
  const orders = await Promise.all(Array.from({ length: 20 }, () => shop.api.post<Order>('/api/orders', body, { token, headers: { 'idempotency-key': 'order-key-1' } })))
  assert.ok(orders.every((reply) => reply.status === 201))
  assert.equal(new Set(orders.map((reply) => JSON.stringify(reply.body))).size, 1, 'identical answers')
  const order = orders[0]!.body
  assert.equal((await shop.api.get<Inventory>(`/api/inventory/${productId}`)).body.quantity, 9, 'stock held once')

  const payment = { order_id: order.order_id, amount: order.total, payment_method: 'credit_card', credit_card_number: '4242424242424242' }
  const charges = await Promise.all(Array.from({ length: 20 }, () => shop.api.post<Payment>('/api/payment', payment, { token, headers: { 'idempotency-key': 'pay-key-1' } })))
  assert.ok(charges.every((reply) => reply.status === 201))
  assert.equal(new Set(charges.map((reply) => JSON.stringify(reply.body))).size, 1, 'identical answers')

  const again = await shop.api.post<Problem>('/api/payment', payment, { token, headers: { 'idempotency-key': 'pay-key-2' } })
  assert.equal(again.status, 409, 'a second charge with another key is refused')
})

import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { waitFor } from '@bazaar/kit/testing'
import { startShop, type Shop } from '../support/shop.ts'
import type { Inventory, Order, Payment, Product } from '../support/shapes.ts'

let shop: Shop
before(async () => { shop = await startShop() })
after(() => shop?.stop())

test('when a customer asks for another customer\'s order, cart, payment or notifications, then 404; writes that need an admin are 403', async () => {
  const admin = await shop.adminToken()
  const created = await shop.api.post<Product>('/api/products', { name: `Private Thing ${Date.now()}`, price: 5, stock: 5 }, { token: admin })
  await waitFor(async () => (await shop.api.get<Inventory>(`/api/inventory/${created.body.product_id}`)).body.quantity === 5, { what: 'stock' })
  const alice = await shop.api.customer('Alice')
  const mallory = await shop.api.customer('Mallory')

  const order = (await shop.api.post<Order>('/api/orders', { items: [{ product_id: created.body.product_id, quantity: 1 }] }, { token: alice.token })).body
  const payment = (await shop.api.post<Payment>('/api/payment', { order_id: order.order_id, amount: order.total, payment_method: 'credit_card', credit_card_number: '4242424242424242' }, { token: alice.token })).body
  await shop.api.post('/api/cart/items', { product_id: created.body.product_id, quantity: 1 }, { token: alice.token })

  assert.equal((await shop.api.get(`/api/orders/${order.order_id}`, { token: mallory.token })).status, 404)
  assert.equal((await shop.api.get(`/api/payment/${payment.payment_id}`, { token: mallory.token })).status, 404)
  assert.equal((await shop.api.post(`/api/orders/${order.order_id}/cancel`, {}, { token: mallory.token })).status, 404)
  const malloryCart = await shop.api.get<{ items: unknown[] }>('/api/cart', { token: mallory.token })
  assert.deepEqual(malloryCart.body.items, [], 'a cart is the caller\'s own; there is no way to name another')
  type Notifications = { items: { notification_id: string }[] }
  const aliceIds = await waitFor(async () => {
    const ids = (await shop.api.get<Notifications>('/api/notifications', { token: alice.token })).body.items.map((n) => n.notification_id)
    return ids.length > 0 ? new Set(ids) : undefined
  }, { what: 'alice\'s notifications' })
  const malloryNotes = await shop.api.get<Notifications>('/api/notifications', { token: mallory.token })
  assert.equal(malloryNotes.status, 200)
  assert.deepEqual(malloryNotes.body.items.filter((n) => aliceIds.has(n.notification_id)), [], 'none of alice\'s notifications in mallory\'s list')

  assert.equal((await shop.api.post('/api/products', { name: 'Sneaky', price: 1 }, { token: mallory.token })).status, 403)
  assert.equal((await shop.api.post(`/api/orders/${order.order_id}/status`, { status: 'shipped' }, { token: alice.token })).status, 403)
  assert.equal((await shop.api.post(`/api/inventory/${created.body.product_id}/update`, { quantity: 999 }, { token: alice.token })).status, 403)
  assert.equal((await shop.api.post('/api/orders', { user_id: alice.userId, items: [{ product_id: created.body.product_id, quantity: 1 }] }, { token: mallory.token })).status, 403)
})

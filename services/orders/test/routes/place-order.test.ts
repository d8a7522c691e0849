import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { waitFor } from '@bazaar/kit/testing'
import { startCheckoutPlatform, type CheckoutPlatform } from '../support/platform.ts'

let p: CheckoutPlatform
before(async () => { p = await startCheckoutPlatform() })
after(() => p?.stop())

const orderKeys = ['order_id', 'user_id', 'status', 'items', 'subtotal', 'shipping', 'tax', 'total', 'currency', 'shipping_address',
  'shipping_method', 'expires_at', 'payment_id', 'tracking_number', 'cancel_reason', 'history', 'created_at', 'updated_at']

test('when an admin posts seed 000\'s body, then the order awaits payment, priced, taxed and holding stock', async () => {
  const laptop = await p.product(999.99, 10)
  const mouse = await p.product(29.99, 10)
  const reply = await p.orders.post('/orders', { user_id: 'user123', items: [{ product_id: laptop, quantity: 2 }, { product_id: mouse, quantity: 1 }] }, p.adminToken)
  assert.equal(reply.status, 201, reply.text)
  assert.deepEqual(Object.keys(reply.body).sort(), [...orderKeys].sort())
  const order = reply.body
  assert.equal(order.status, 'awaiting_payment')
  assert.equal(order.user_id, 'user123')
  assert.deepEqual((order.items as Record<string, unknown>[]).map(({ name: _, ...line }) => line), [
    { product_id: laptop, quantity: 2, unit_price: 999.99, line_total: 1999.98 },
    { product_id: mouse, quantity: 1, unit_price: 29.99, line_total: 29.99 },
  ])
  assert.equal(order.subtotal, 2029.97)
  assert.equal(order.tax, 162.4, '8 % of 2029.97 is 162.3976')
  assert.equal(order.total, Math.round((2029.97 + Number(order.shipping) + 162.4) * 100) / 100)
  assert.equal(order.currency, 'USD')
  assert.deepEqual((order.history as { status: string }[]).map((entry) => entry.status), ['pending', 'awaiting_payment'])
  assert.equal(await p.quantityOf(laptop), 8)
  assert.equal(await p.quantityOf(mouse), 9)
  const read = await p.orders.get(`/orders/${String(order.order_id)}`, p.adminToken)
  assert.deepEqual(read.body, order)
})

test('when an admin posts seed 001\'s body, then user 1 gets the order', async () => {
  const productId = await p.product(10, 5)
  const reply = await p.orders.post('/orders', { userId: 1, productId: Number(productId), quantity: 2 }, p.adminToken)
  assert.equal(reply.status, 201, reply.text)
  assert.deepEqual([reply.body.user_id, reply.body.status, reply.body.subtotal], ['1', 'awaiting_payment', 20])
})

test('when a customer orders, then for themself it works and for another user it is 403', async () => {
  const productId = await p.product(5, 5)
  const { userId, token } = await p.customer()
  const mine = await p.orders.post('/orders', { items: [{ product_id: productId, quantity: 1 }] }, token)
  assert.equal(mine.status, 201, mine.text)
  assert.equal(mine.body.user_id, userId)
  const theirs = await p.orders.post('/orders', { user_id: 'someone-else', items: [{ product_id: productId, quantity: 1 }] }, token)
  assert.deepEqual([theirs.status, theirs.body.code], [403, 'FORBIDDEN'])
  const anonymous = await p.orders.post('/orders', { items: [{ product_id: productId, quantity: 1 }] })
  assert.equal(anonymous.status, 401)
})

test('when stock is short, then 409 OUT_OF_STOCK names the short lines and the order is rejected, holding nothing', async () => {
  const scarce = await p.product(3, 1)
  const plenty = await p.product(4, 10)
  const { token } = await p.customer()
  const reply = await p.orders.post('/orders', { items: [{ product_id: scarce, quantity: 3 }, { product_id: plenty, quantity: 1 }] }, token)
  assert.equal(reply.status, 409, reply.text)
  assert.equal(reply.headers.get('content-type'), 'application/problem+json; charset=utf-8')
  assert.equal(reply.body.code, 'OUT_OF_STOCK')
  assert.deepEqual(reply.body.lines, [{ product_id: scarce, requested: 3, available: 1 }])
  const order = await p.orders.get(`/orders/${String(reply.body.order_id)}`, token)
  assert.equal(order.body.status, 'rejected')
  assert.deepEqual([await p.quantityOf(scarce), await p.quantityOf(plenty)], [1, 10])
})

test('when a product is unknown or the body is malformed, then it is 422 or 400, and nothing is ordered', async () => {
  const { token } = await p.customer()
  const unknown = await p.orders.post('/orders', { items: [{ product_id: '999999', quantity: 1 }] }, token)
  assert.deepEqual([unknown.status, unknown.body.code, unknown.body.product_ids], [422, 'UNPROCESSABLE', ['999999']])
  const invalid = await p.orders.post('/orders', { items: [{ product_id: '1', quantity: -1 }] }, token)
  assert.deepEqual(invalid.body.fields, [{ field: 'body.items.0.quantity', message: 'must be >= 1' }])
  for (const body of [{}, { items: [] }, { items: [{ product_id: '1', quantity: 0 }] }, { from_cart: true, productId: 1 }, { items: [{ product_id: '1', quantity: 1 }], extra: 1 }]) {
    const reply = await p.orders.post('/orders', body, token)
    assert.deepEqual([reply.status, reply.body.code], [400, 'VALIDATION_FAILED'], JSON.stringify(body))
  }
  assert.deepEqual((await p.orders.get('/orders', token)).body.items, [])
})

test('when a customer orders from their cart, then the order has the cart\'s lines and the cart is emptied', async () => {
  const productId = await p.product(12.5, 10)
  const { token } = await p.customer()
  const cart = p.api('cart')
  const added = await cart.post('/cart/items', { product_id: productId, quantity: 3 }, token)
  assert.ok(added.status < 300, added.text)
  const reply = await p.orders.post('/orders', { from_cart: true, shipping_method: 'express' }, token)
  assert.equal(reply.status, 201, reply.text)
  assert.deepEqual((reply.body.items as { product_id: string; quantity: number }[]).map((item) => [item.product_id, item.quantity]), [[productId, 3]])
  assert.equal(reply.body.shipping_method, 'express')
  await waitFor(async () => ((await cart.get<{ items: unknown[] }>('/cart', token)).body.items.length === 0), { what: 'the cart to be emptied' })
})

test('when one Idempotency-Key is sent 20 times at once, then one order is placed and every answer is the same bytes', async () => {
  const productId = await p.product(7, 50)
  const { token } = await p.customer()
  const body = { items: [{ product_id: productId, quantity: 2 }] }
  const replies = await Promise.all(Array.from({ length: 20 }, () => p.orders.post('/orders', body, { token, headers: { 'idempotency-key': 'twenty-at-once' } })))
  assert.deepEqual(new Set(replies.map((reply) => `${reply.status} ${reply.text}`)).size, 1, replies.map((reply) => reply.status).join())
  assert.equal(replies[0]?.status, 201)
  assert.equal((await p.orders.get<{ items: unknown[] }>('/orders', token)).body.items.length, 1)
  assert.equal(await p.quantityOf(productId), 48)
  const later = await p.orders.post('/orders', body, { token, headers: { 'idempotency-key': 'twenty-at-once' } })
  assert.equal(later.text, replies[0]?.text, 'a later repeat too')
})

test('when an Idempotency-Key is reused with another body, then it is 409 IDEMPOTENCY_CONFLICT', async () => {
  const productId = await p.product(7, 50)
  const { token } = await p.customer()
  const first = await p.orders.post('/orders', { items: [{ product_id: productId, quantity: 1 }] }, { token, headers: { 'idempotency-key': 'reused' } })
  assert.equal(first.status, 201)
  const other = await p.orders.post('/orders', { items: [{ product_id: productId, quantity: 2 }] }, { token, headers: { 'idempotency-key': 'reused' } })
  assert.deepEqual([other.status, other.body.code], [409, 'IDEMPOTENCY_CONFLICT'])
  const anotherCaller = await p.customer()
  const theirs = await p.orders.post('/orders', { items: [{ product_id: productId, quantity: 2 }] }, { token: anotherCaller.token, headers: { 'idempotency-key': 'reused' } })
  assert.equal(theirs.status, 201, 'keys are per caller')
})

test('when the rejected order is retried with its key, then the same 409 comes back', async () => {
  const productId = await p.product(7, 1)
  const { token } = await p.customer()
  const body = { items: [{ product_id: productId, quantity: 5 }] }
  const first = await p.orders.post('/orders', body, { token, headers: { 'idempotency-key': 'short' } })
  const again = await p.orders.post('/orders', body, { token, headers: { 'idempotency-key': 'short' } })
  assert.equal(first.status, 409)
  assert.deepEqual([again.status, again.text], [409, first.text])
})

test('when the API description is asked for, then POST /orders is documented with its body, key header and answers', async () => {
  const docs = await p.orders.get<{ paths: Record<string, Record<string, { parameters?: { name: string }[]; responses: Record<string, unknown> }>> }>('/docs/json')
  assert.equal(docs.status, 200)
  const post = docs.body.paths['/orders']?.post
  assert.ok(post?.parameters?.some((parameter) => parameter.name === 'idempotency-key'))
  assert.deepEqual(Object.keys(post?.responses ?? {}).sort(), ['201', '4XX'])
})

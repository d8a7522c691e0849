import assert from 'node:assert/strict'
import { test } from 'node:test'
import { OrderCancelled, OrderCreated } from '@bazaar/contracts'
import { isAppError } from '@bazaar/kit'
import { findOrder } from '../../../src/data/orders.ts'
import { cancelOrder } from '../../../src/domain/cancellation.ts'
import { checkout, type CheckoutRequest } from '../../../src/domain/checkout/checkout.ts'
import type { OrdersDeps } from '../../../src/domain/ports.ts'
import { answerOf } from '../../../src/routes/placement-answer.ts'
import type { DbFactory } from '../../support/database.ts'
import { outboxEvents, testDeps } from '../../support/deps.ts'
import { fakeCart, fakeInventory } from '../../support/fake-upstreams.ts'

const request = (overrides: Partial<CheckoutRequest> = {}): CheckoutRequest => ({
  userId: 'u1',
  source: { items: [{ productId: '1', quantity: 2 }] },
  shippingAddress: null,
  shippingMethod: 'standard',
  key: undefined,
  ...overrides,
})

/** What POST /orders answers for the placement. */
const place = async (deps: OrdersDeps, placed: CheckoutRequest) => answerOf(await checkout(deps, placed))

type Body = Record<string, unknown>
const parse = (body: string) => JSON.parse(body) as Body

/** The checkout saga on a real database with in-process upstreams; run once per adapter. */
export function checkoutSuite(name: string, factory: DbFactory): void {
  test(`${name}: when stock suffices, then the order awaits payment, stock is held and order.created is published`, async (t) => {
    const open = await factory(t)
    if (!open) return
    const db = await open()
    const inventory = fakeInventory({ 1: 5 })
    const deps = testDeps(db, { inventory })
    const response = await place(deps, request())
    assert.equal(response.status, 201)
    const body = parse(response.body)
    assert.equal(body.status, 'awaiting_payment')
    assert.deepEqual([body.subtotal, body.shipping, body.tax, body.total], [1999.98, 5, 160, 2164.98])
    assert.equal(inventory.stock.get('1'), 3)
    const created = await outboxEvents(db, OrderCreated.type)
    assert.equal(created.length, 1)
    assert.deepEqual(created[0]?.data.items, [{ product_id: '1', quantity: 2, unit_price: 99_999 }])
    assert.equal(created[0]?.data.total, 216_498)
    const order = await findOrder(db, String(body.order_id))
    assert.deepEqual(order?.history.map((entry) => entry.status), ['pending', 'awaiting_payment'])
  })

  test(`${name}: when stock is short, then 409 OUT_OF_STOCK names the lines, the order is rejected and nothing is held`, async (t) => {
    const open = await factory(t)
    if (!open) return
    const db = await open()
    const inventory = fakeInventory({ 1: 1, 2: 10 })
    const response = await place(testDeps(db, { inventory }), request({ source: { items: [{ productId: '1', quantity: 2 }, { productId: '2', quantity: 1 }] } }))
    assert.equal(response.status, 409)
    assert.equal(response.contentType, 'application/problem+json')
    const problem = parse(response.body)
    assert.equal(problem.code, 'OUT_OF_STOCK')
    assert.deepEqual(problem.lines, [{ product_id: '1', requested: 2, available: 1 }])
    assert.equal((await findOrder(db, String(problem.order_id)))?.status, 'rejected')
    assert.deepEqual([inventory.stock.get('1'), inventory.stock.get('2')], [1, 10])
    assert.deepEqual(await outboxEvents(db), [])
  })

  test(`${name}: when a product is unknown, then 422 names it and no order is written`, async (t) => {
    const open = await factory(t)
    if (!open) return
    const db = await open()
    await assert.rejects(checkout(testDeps(db), request({ source: { items: [{ productId: '1', quantity: 1 }, { productId: '404', quantity: 1 }] } })),
      (error) => isAppError(error) && error.code === 'UNPROCESSABLE' && JSON.stringify(error.extensions) === '{"product_ids":["404"]}')
    assert.deepEqual(await db.query('select order_id from orders'), [])
  })

  test(`${name}: when the order comes from the cart, then its lines are the cart's and order.created says so`, async (t) => {
    const open = await factory(t)
    if (!open) return
    const db = await open()
    const deps = testDeps(db, { cart: fakeCart({ u1: [{ productId: '2', quantity: 3 }, { productId: '2', quantity: 1 }], u2: [] }) })
    const body = parse((await place(deps, request({ source: { fromCart: true } }))).body)
    assert.deepEqual((body.items as Body[]).map((item) => [item.product_id, item.quantity]), [['2', 4]])
    assert.equal((await outboxEvents(db, OrderCreated.type))[0]?.data.from_cart, true)
    await assert.rejects(checkout(deps, request({ userId: 'u2', source: { fromCart: true } })), (error) => isAppError(error) && error.code === 'UNPROCESSABLE')
  })

  test(`${name}: when one Idempotency-Key comes 20 times at once, then one order is placed and all answers are identical`, async (t) => {
    const open = await factory(t)
    if (!open) return
    const dbs = await Promise.all([open(), open(), open(), open()])
    const inventory = fakeInventory({ 1: 100 })
    const key = { caller: 'u1', key: 'twenty', fingerprint: 'same-body' }
    const responses = await Promise.all(Array.from({ length: 20 }, (_, i) => place(testDeps(dbs[i % dbs.length]!, { inventory }), request({ key }))))
    assert.equal(new Set(responses.map((response) => `${response.status} ${response.body}`)).size, 1)
    assert.equal(responses[0]?.status, 201)
    assert.equal((await dbs[0]!.query('select order_id from orders')).length, 1)
    assert.equal(inventory.stock.get('1'), 98)
  })

  test(`${name}: when the order is cancelled while stock is being reserved, then the saga unwinds and releases the stock`, async (t) => {
    const open = await factory(t)
    if (!open) return
    const db = await open()
    const inventory = fakeInventory({ 1: 5 })
    const deps = testDeps(db, { inventory })
    const reserve = inventory.reserve
    inventory.reserve = async (orderId, lines, expiresAt) => {
      const status = await reserve(orderId, lines, expiresAt)
      await cancelOrder(deps, orderId, { reason: 'customer', note: 'changed my mind' })
      return status
    }
    const response = await place(deps, request({ key: { caller: 'u1', key: 'k', fingerprint: 'f' } }))
    assert.equal(response.status, 409)
    assert.equal(parse(response.body).order_status, 'cancelled')
    assert.equal(inventory.stock.get('1'), 5)
    assert.deepEqual((await outboxEvents(db)).map((event) => event.type), [OrderCancelled.type])
  })
}

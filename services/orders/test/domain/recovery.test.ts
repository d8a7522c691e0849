import assert from 'node:assert/strict'
import { after, test } from 'node:test'
import { OrderCancelled, OrderCreated } from '@bazaar/contracts'
import { AppError, isAppError, readKey, type Db } from '@bazaar/kit'
import { findOrder } from '../../src/data/orders.ts'
import { checkout, type CheckoutRequest } from '../../src/domain/checkout/checkout.ts'
import type { OrdersDeps } from '../../src/domain/ports.ts'
import { expireUnpaid } from '../../src/domain/expiry-sweeper.ts'
import { recoverPending } from '../../src/domain/recovery.ts'
import { answerOf } from '../../src/routes/placement-answer.ts'
import { crashingAt } from '../support/crash.ts'
import { closePglite, pgliteFactory } from '../support/database.ts'
import { outboxEvents, testDeps } from '../support/deps.ts'
import { fakeInventory } from '../support/fake-upstreams.ts'
import { counted } from '@bazaar/kit/testing'
import { seedOrder, statusOf } from '../support/orders.ts'

after(closePglite)

const key = { caller: 'u1', key: 'retry-me', fingerprint: 'body' }
const request: CheckoutRequest = { userId: 'u1', source: { items: [{ productId: '1', quantity: 2 }] }, shippingAddress: null, shippingMethod: 'standard', key }
const unavailable = (error: unknown) => isAppError(error) && error.code === 'UNAVAILABLE'

// Negative TTLs and leases put the deadlines in the past at once: no test waits for a clock.

/** What POST /orders answers for the placement. */
const place = async (deps: OrdersDeps, placed: CheckoutRequest) => answerOf(await checkout(deps, placed))

async function onlyOrderId(db: Db): Promise<string> {
  const rows = await db.query<{ order_id: string }>('select order_id from orders')
  assert.equal(rows.length, 1)
  return rows[0]!.order_id
}

test('when inventory is down, then the order stays pending, and a retry with the key finishes that same order', async (t) => {
  const db = await (await pgliteFactory(t))!()
  const inventory = fakeInventory({ 1: 5 })
  const deps = testDeps(db, { inventory })
  inventory.failNext(1)
  await assert.rejects(checkout(deps, request), unavailable)
  const orderId = await onlyOrderId(db)
  assert.equal(await statusOf(db, orderId), 'pending')
  const retried = await place(deps, request)
  assert.equal(retried.status, 201)
  assert.equal(JSON.parse(retried.body).order_id, orderId)
  assert.deepEqual(await place(deps, request), retried, 'a later repeat gets the same bytes')
  assert.equal(inventory.stock.get('1'), 3)
})

test('when the catalog is down, then nothing is written and the key is not poisoned: a retry places the order', async (t) => {
  const db = await (await pgliteFactory(t))!()
  const down = { products: async () => { throw new AppError('UNAVAILABLE', 'Upstream unavailable') } }
  await assert.rejects(checkout(testDeps(db, { catalog: down }), request), unavailable)
  assert.deepEqual(await db.query('select key from idempotency_keys'), [])
  assert.equal((await place(testDeps(db), request)).status, 201)
})

test('when inventory held the stock but its answer was lost, then recovery confirms the order without holding twice', async (t) => {
  const db = await (await pgliteFactory(t))!()
  const inventory = fakeInventory({ 1: 5 })
  const deps = testDeps(db, { inventory })
  inventory.failNext(1, { afterHolding: true })
  await assert.rejects(checkout(deps, request), unavailable)
  assert.equal(await recoverPending(deps), 1)
  const orderId = await onlyOrderId(db)
  assert.equal(await statusOf(db, orderId), 'awaiting_payment')
  assert.equal(inventory.stock.get('1'), 3)
  assert.equal((await outboxEvents(db, OrderCreated.type)).length, 1)
  assert.equal((await readKey(db, key))?.response?.status, 201, 'recovery answered the key')
})

for (const point of ['after_pending', 'after_reserve'] as const) {
  test(`when the process dies ${point.replace('_', ' ')}, then recovery drives the order on to awaiting payment`, async (t) => {
    const db = await (await pgliteFactory(t))!()
    const inventory = fakeInventory({ 1: 5 })
    await assert.rejects(place(crashingAt(t, `orders.${point}`, testDeps(db, { inventory, settings: { pendingLeaseMs: -1 } })), request), /crashed/)
    const orderId = await onlyOrderId(db)
    assert.equal(await statusOf(db, orderId), 'pending')
    const restarted = testDeps(db, { inventory, settings: { pendingLeaseMs: -1 } })
    assert.equal(await recoverPending(restarted), 1)
    assert.equal(await statusOf(db, orderId), 'awaiting_payment')
    assert.equal(inventory.stock.get('1'), 3)
    assert.equal((await place(restarted, request)).status, 201, 'the key answers the recovered order')
  })
}

test('when a pending order outlived its TTL, then recovery cancels it, releases its stock and answers its key', async (t) => {
  const db = await (await pgliteFactory(t))!()
  const inventory = fakeInventory({ 1: 5 })
  inventory.failNext(1, { afterHolding: true })
  const deps = testDeps(db, { inventory, settings: { reservationTtlMs: -1 } })
  await assert.rejects(checkout(deps, request), unavailable)
  assert.equal(await recoverPending(deps), 1)
  const orderId = await onlyOrderId(db)
  const order = await findOrder(db, orderId)
  assert.deepEqual([order?.status, order?.cancelReason], ['cancelled', 'expired'])
  assert.equal(inventory.stock.get('1'), 5)
  assert.deepEqual((await outboxEvents(db, OrderCancelled.type)).map((event) => [event.data.reason, event.data.payment_id]), [['expired', null]])
  assert.deepEqual([await counted(deps.metrics.placed, { outcome: 'cancelled' }), await counted(deps.metrics.cancelled, { reason: 'expired' })], [1, 1])
  const answer = await place(deps, request)
  assert.deepEqual([answer.status, JSON.parse(answer.body).code], [409, 'CONFLICT'])
})

test('when a pending order is still leased to its request, then recovery leaves it alone', async (t) => {
  const db = await (await pgliteFactory(t))!()
  const orderId = await seedOrder(db, { leaseMs: 60_000 })
  assert.equal(await recoverPending(testDeps(db)), 0)
  assert.equal(await statusOf(db, orderId), 'pending')
})

test('when orders awaiting payment pass their TTL, then the sweeper cancels them (expired) and releases their stock', async (t) => {
  const db = await (await pgliteFactory(t))!()
  const inventory = fakeInventory({ 1: 10 })
  const deps = testDeps(db, { inventory })
  const due = JSON.parse((await place(testDeps(db, { inventory, settings: { reservationTtlMs: -1 } }), { ...request, key: undefined })).body).order_id as string
  const later = JSON.parse((await place(deps, { ...request, key: undefined })).body).order_id as string
  const paid = await seedOrder(db, { status: 'paid', expiresInMs: -1000 })
  assert.equal(await expireUnpaid(deps), 1)
  assert.deepEqual([await statusOf(db, due), await statusOf(db, later), await statusOf(db, paid)], ['cancelled', 'awaiting_payment', 'paid'])
  assert.equal(inventory.stock.get('1'), 8)
  assert.deepEqual((await outboxEvents(db, OrderCancelled.type)).map((event) => [event.data.order_id, event.data.reason]), [[due, 'expired']])
  assert.equal(await expireUnpaid(deps), 0, 'a second sweep finds nothing')
})

import assert from 'node:assert/strict'
import { after, test } from 'node:test'
import { OrderCancelled, OrderPaid } from '@bazaar/contracts'
import { findOrder } from '../../src/data/orders.ts'
import { applyPaymentFailed, applyPaymentSucceeded } from '../../src/domain/payments.ts'
import { closePglite, pgliteFactory } from '../support/database.ts'
import { outboxEvents, testDeps } from '../support/deps.ts'
import { counted } from '@bazaar/kit/testing'
import { seedOrder } from '../support/orders.ts'

after(closePglite)

test('when a payment succeeds for an order awaiting it, then the order is paid and order.paid carries the payment', async (t) => {
  const db = await (await pgliteFactory(t))!()
  const deps = testDeps(db)
  const orderId = await seedOrder(db, { status: 'awaiting_payment' })
  assert.equal(await deps.transaction((tx) => applyPaymentSucceeded(tx, deps, orderId, 'pay_1')), 'paid')
  const order = await findOrder(db, orderId)
  assert.deepEqual([order?.status, order?.paymentId], ['paid', 'pay_1'])
  const [paid] = await outboxEvents(db, OrderPaid.type)
  assert.deepEqual([paid?.data.payment_id, paid?.data.total, paid?.data.items], ['pay_1', 216_498, [{ product_id: '1', quantity: 2, unit_price: 99_999 }]])
  assert.equal(await deps.transaction((tx) => applyPaymentSucceeded(tx, deps, orderId, 'pay_1')), 'ignored', 'the same payment again')
  assert.equal((await outboxEvents(db, OrderPaid.type)).length, 1)
  assert.match((await findOrder(db, orderId))?.history.at(-1)?.note ?? '', /ignored in status paid/)
  assert.equal(await counted(deps.metrics.paid), 1, 'paid once, the repeat moved nothing')
  assert.equal(await counted(deps.metrics.revenue, { currency: 'USD' }), 2164.98)
})

test('when the transaction that paid an order rolls back after all, then nothing is counted', async (t) => {
  const db = await (await pgliteFactory(t))!()
  const deps = testDeps(db)
  const orderId = await seedOrder(db, { status: 'awaiting_payment' })
  await assert.rejects(deps.transaction(async (tx) => {
    assert.equal(await applyPaymentSucceeded(tx, deps, orderId, 'pay_1'), 'paid')
    throw new Error('the inbox row could not be written')
  }), /inbox row/)
  assert.equal((await findOrder(db, orderId))?.status, 'awaiting_payment')
  assert.equal(await counted(deps.metrics.paid), 0)
  assert.equal(await counted(deps.metrics.revenue, { currency: 'USD' }), undefined)
})

test('when a payment succeeds for an order cancelled meanwhile, then order.cancelled asks for its refund once', async (t) => {
  const db = await (await pgliteFactory(t))!()
  const deps = testDeps(db)
  const orderId = await seedOrder(db, { status: 'cancelled' })
  assert.equal(await deps.transaction((tx) => applyPaymentSucceeded(tx, deps, orderId, 'pay_late')), 'refund')
  assert.equal(await deps.transaction((tx) => applyPaymentSucceeded(tx, deps, orderId, 'pay_late')), 'ignored')
  const order = await findOrder(db, orderId)
  assert.deepEqual([order?.status, order?.paymentId], ['cancelled', 'pay_late'])
  assert.deepEqual((await outboxEvents(db, OrderCancelled.type)).map((event) => [event.data.reason, event.data.payment_id]), [['paid_after_cancel', 'pay_late']])
  assert.equal(await counted(deps.metrics.paid), 0, 'a refunded payment is not a paid order')
})

test('when a payment fails, then the order keeps awaiting payment and its history says why', async (t) => {
  const db = await (await pgliteFactory(t))!()
  const orderId = await seedOrder(db, { status: 'awaiting_payment' })
  await db.transaction((tx) => applyPaymentFailed(tx, orderId, 'PAYMENT_DECLINED'))
  const order = await findOrder(db, orderId)
  assert.equal(order?.status, 'awaiting_payment')
  assert.equal(order?.history.at(-1)?.note, 'payment failed: PAYMENT_DECLINED')
  assert.deepEqual(await outboxEvents(db), [])
})

test('when a payment names an unknown order, then it is ignored', async (t) => {
  const db = await (await pgliteFactory(t))!()
  const deps = testDeps(db)
  assert.equal(await deps.transaction((tx) => applyPaymentSucceeded(tx, deps, 'nope', 'pay_1')), 'ignored')
})

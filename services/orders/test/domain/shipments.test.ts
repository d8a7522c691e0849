import assert from 'node:assert/strict'
import { after, test } from 'node:test'
import { OrderDelivered, OrderShipped } from '@bazaar/contracts'
import { findOrder } from '../../src/data/orders.ts'
import { applyShipmentCreated, applyShipmentDelivered, applyShipmentDispatched } from '../../src/domain/shipments.ts'
import { closePglite, pgliteFactory } from '../support/database.ts'
import { outboxEvents, testDeps } from '../support/deps.ts'
import { seedOrder } from '../support/orders.ts'

after(closePglite)

test('when a paid order is dispatched then delivered, then it moves to shipped then delivered with its tracking number', async (t) => {
  const db = await (await pgliteFactory(t))!()
  const deps = testDeps(db)
  const orderId = await seedOrder(db, { status: 'paid' })
  await db.transaction((tx) => applyShipmentCreated(tx, orderId, 'TRK123'))
  assert.equal(await db.transaction((tx) => applyShipmentDispatched(tx, deps, orderId)), true)
  assert.equal((await findOrder(db, orderId))?.status, 'shipped')
  assert.equal(await db.transaction((tx) => applyShipmentDelivered(tx, deps, orderId, 'TRK123')), true)
  const order = await findOrder(db, orderId)
  assert.deepEqual([order?.status, order?.trackingNumber], ['delivered', 'TRK123'])
  assert.deepEqual((await outboxEvents(db)).map((event) => [event.type, event.data.tracking_number]), [[OrderShipped.type, 'TRK123'], [OrderDelivered.type, 'TRK123']])
})

test('when the delivery is reported before the dispatch, then the order still passes through shipped, and the late dispatch is only noted', async (t) => {
  const db = await (await pgliteFactory(t))!()
  const deps = testDeps(db)
  const orderId = await seedOrder(db, { status: 'paid' })
  assert.equal(await db.transaction((tx) => applyShipmentDelivered(tx, deps, orderId, 'TRK9')), true)
  assert.equal(await db.transaction((tx) => applyShipmentDispatched(tx, deps, orderId)), false)
  const order = await findOrder(db, orderId)
  assert.deepEqual(order?.history.map((entry) => entry.status), ['pending', 'awaiting_payment', 'paid', 'shipped', 'delivered', 'delivered'])
  assert.match(order?.history.at(-1)?.note ?? '', /dispatched ignored in status delivered/)
  assert.deepEqual((await outboxEvents(db)).map((event) => event.type), [OrderShipped.type, OrderDelivered.type])
})

test('when a dispatch arrives for an order not paid, then nothing moves and the history notes it', async (t) => {
  const db = await (await pgliteFactory(t))!()
  const orderId = await seedOrder(db, { status: 'awaiting_payment' })
  assert.equal(await db.transaction((tx) => applyShipmentDispatched(tx, testDeps(db), orderId)), false)
  assert.equal((await findOrder(db, orderId))?.status, 'awaiting_payment')
  assert.deepEqual(await outboxEvents(db), [])
})

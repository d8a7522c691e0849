import assert from 'node:assert/strict'
import { test } from 'node:test'
import { findOrder } from '../../src/data/orders.ts'
import { orderStatuses, type OrderStatus } from '../../src/domain/order.ts'
import { canTransition, isTerminal, recordWithoutMoving, transition } from '../../src/domain/transitions.ts'
import type { DbFactory } from '../support/database.ts'
import { seedOrder, statusOf } from '../support/orders.ts'

const allowed: [OrderStatus, OrderStatus][] = [
  ['pending', 'awaiting_payment'], ['pending', 'rejected'], ['pending', 'cancelled'],
  ['awaiting_payment', 'paid'], ['awaiting_payment', 'cancelled'],
  ['paid', 'shipped'], ['paid', 'cancelled'],
  ['shipped', 'delivered'],
]

/** The transition rules on a real database; run once per adapter. */
export function transitionsSuite(name: string, factory: DbFactory): void {
  test(`${name}: when every status pair is tried, then exactly the allowed ones move and record history`, async (t) => {
    const open = await factory(t)
    if (!open) return
    const db = await open()
    for (const from of orderStatuses) {
      for (const to of orderStatuses) {
        const orderId = await seedOrder(db, { status: from })
        const result = await db.transaction((tx) => transition(tx, orderId, to, { note: 'test' }))
        const expected = allowed.some(([a, b]) => a === from && b === to)
        assert.equal(result.moved, expected, `${from} -> ${to}`)
        assert.equal(await statusOf(db, orderId), expected ? to : from, `${from} -> ${to}`)
        const history = (await findOrder(db, orderId))?.history ?? []
        assert.equal(history.at(-1)?.status, expected ? to : from)
        if (!result.moved) assert.equal(result.current, from)
      }
    }
  })

  test(`${name}: when the order does not exist, then nothing moves and the current status is undefined`, async (t) => {
    const open = await factory(t)
    if (!open) return
    const db = await open()
    assert.deepEqual(await db.transaction((tx) => transition(tx, 'nope', 'paid')), { moved: false, current: undefined })
  })

  test(`${name}: when a move is restricted to some statuses, then it is refused from others even if the table allows it`, async (t) => {
    const open = await factory(t)
    if (!open) return
    const db = await open()
    const orderId = await seedOrder(db, { status: 'paid' })
    const result = await db.transaction((tx) => transition(tx, orderId, 'cancelled', { from: ['awaiting_payment'] }))
    assert.deepEqual(result, { moved: false, current: 'paid' })
  })

  test(`${name}: when payment and expiry race on one order, then exactly one of them wins`, async (t) => {
    const open = await factory(t)
    if (!open) return
    const [a, b] = [await open(), await open()]
    for (let round = 0; round < 10; round += 1) {
      const orderId = await seedOrder(a, { status: 'awaiting_payment' })
      const [paid, cancelled] = await Promise.all([
        a.transaction((tx) => transition(tx, orderId, 'paid', { paymentId: 'pay_1' })),
        b.transaction((tx) => transition(tx, orderId, 'cancelled', { cancelReason: 'expired', from: ['awaiting_payment'] })),
      ])
      assert.equal(Number(paid.moved) + Number(cancelled.moved), 1)
      const order = await findOrder(a, orderId)
      assert.equal(order?.history.length, 3, 'pending, awaiting_payment and one winner')
    }
  })

  test(`${name}: when an event out of turn is recorded, then the history notes it and the status stays`, async (t) => {
    const open = await factory(t)
    if (!open) return
    const db = await open()
    const orderId = await seedOrder(db, { status: 'awaiting_payment' })
    assert.equal(await db.transaction((tx) => recordWithoutMoving(tx, orderId, 'payment failed: PAYMENT_DECLINED')), 'awaiting_payment')
    const order = await findOrder(db, orderId)
    assert.equal(order?.status, 'awaiting_payment')
    assert.deepEqual(order?.history.at(-1), { status: 'awaiting_payment', note: 'payment failed: PAYMENT_DECLINED', at: order?.history.at(-1)?.at })
  })
}

test('when every status pair is asked, then canTransition allows exactly the arrows of the order lifecycle in docs/architecture.md and terminal statuses have no way out', () => {
  assert.deepEqual(orderStatuses.filter(isTerminal), ['delivered', 'rejected', 'cancelled'])
  for (const from of orderStatuses) {
    for (const to of orderStatuses) assert.equal(canTransition(from, to), allowed.some(([a, b]) => a === from && b === to), `${from} -> ${to}`)
  }
})

import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { findActiveForOrder, finishProcessing, insertProcessing, stuckPayments, type NewPayment } from '../../src/data/payments.ts'
import { openPostgres } from '../support/databases.ts'

const newPayment = (orderId: string): NewPayment => ({
  paymentId: randomUUID(), orderId, userId: 'u1', amount: 8997, currency: 'USD', token: `tok_${randomUUID()}`, brand: 'visa', last4: '4242', requestKey: null,
})

describe('the payments table on PostgreSQL', () => {
  it('when 20 payments of one order are inserted at once, then one is processing and the others are refused', async (t) => {
    const db = await openPostgres(t)
    if (!db) return
    const orderId = randomUUID()
    const inserted = await Promise.all(Array.from({ length: 20 }, () => db.transaction((tx) => insertProcessing(tx, newPayment(orderId)))))
    assert.equal(inserted.filter(Boolean).length, 1)
  })

  it('when the order\'s payment failed, then another may start; once one succeeded, then none may', async (t) => {
    const db = await openPostgres(t)
    if (!db) return
    const orderId = randomUUID()
    const first = await insertProcessing(db, newPayment(orderId))
    assert.ok(first)
    await finishProcessing(db, first.paymentId, 'failed', 'PAYMENT_DECLINED')
    assert.equal(await findActiveForOrder(db, orderId), undefined)
    const second = await insertProcessing(db, newPayment(orderId))
    assert.ok(second)
    assert.equal((await finishProcessing(db, second.paymentId, 'succeeded', null))?.status, 'succeeded')
    assert.equal(await finishProcessing(db, second.paymentId, 'failed', 'PAYMENT_DECLINED'), undefined, 'a finished payment stays as it is')
    assert.equal(await insertProcessing(db, newPayment(orderId)), undefined)
    assert.equal((await findActiveForOrder(db, orderId))?.paymentId, second.paymentId)
  })

  it('when payments are processing, then only those older than the threshold are stuck', async (t) => {
    const db = await openPostgres(t)
    if (!db) return
    const old = await insertProcessing(db, newPayment(randomUUID()))
    assert.ok(old)
    await db.query(`update payments set created_at = now() - interval '1 minute' where payment_id = $1`, [old.paymentId])
    await insertProcessing(db, newPayment(randomUUID()))
    assert.deepEqual((await stuckPayments(db, 30_000, 10)).map((p) => p.paymentId), [old.paymentId])
    assert.equal((await stuckPayments(db, 0, 10)).length, 2)
  })
})

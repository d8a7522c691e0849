import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { Card } from '../../../src/domain/card.ts'
import { createProvider } from '../../../src/domain/provider/provider.ts'
import { openPostgres } from '../../support/databases.ts'

const card = (number: string) => new Card(number)
const chargesOf = async (db: { query: (sql: string, params?: unknown[]) => Promise<object[]> }, paymentId: string) =>
  db.query('select payment_id, amount, outcome from provider_charges where payment_id = $1', [paymentId])

describe('the simulated provider on PostgreSQL', () => {
  it('when the industry test cards are charged, then each gets its outcome and any other valid number succeeds', async (t) => {
    const db = await openPostgres(t)
    if (!db) return
    const provider = createProvider({ db })
    const expected: [string, string, string | undefined][] = [
      ['4242424242424242', 'succeeded', undefined],
      ['4000000000000002', 'failed', 'PAYMENT_DECLINED'],
      ['4000000000009995', 'failed', 'INSUFFICIENT_FUNDS'],
      ['4000000000000119', 'failed', 'PAYMENT_PROCESSING_ERROR'],
      ['5555555555554444', 'succeeded', undefined],
    ]
    for (const [number, status, code] of expected) {
      const outcome = await provider.charge({ payment_id: randomUUID(), amount: 1000, card: card(number) })
      assert.equal(outcome.status, status, number)
      assert.equal(outcome.status === 'failed' ? outcome.code : undefined, code, number)
      assert.match(outcome.reference, /^ch_[0-9a-f]{24}$/)
    }
  })

  it('when one payment is charged twice, even concurrently, then one charge is recorded and both answers are the same', async (t) => {
    const db = await openPostgres(t)
    if (!db) return
    const provider = createProvider({ db, latencyMs: 20 })
    const paymentId = randomUUID()
    const answers = await Promise.all(Array.from({ length: 10 }, () => provider.charge({ payment_id: paymentId, amount: 4200, card: card('4242424242424242') })))
    assert.equal(new Set(answers.map((answer) => answer.reference)).size, 1)
    assert.deepEqual(await chargesOf(db, paymentId), [{ payment_id: paymentId, amount: 4200, outcome: 'succeeded' }])
    const again = await provider.charge({ payment_id: paymentId, amount: 4200, card: card('4000000000000002') })
    assert.deepEqual(again, answers[0], 'a retry answers the recorded outcome, not a new charge')
  })

  it('when a charged payment is settled, then the recorded outcome stands', async (t) => {
    const db = await openPostgres(t)
    if (!db) return
    const provider = createProvider({ db })
    const paymentId = randomUUID()
    const charged = await provider.charge({ payment_id: paymentId, amount: 500, card: card('4000000000009995') })
    assert.deepEqual(await provider.settle(paymentId, 500), charged)
  })

  it('when a payment the provider never saw is settled, then it is voided and a late charge for it takes no money', async (t) => {
    const db = await openPostgres(t)
    if (!db) return
    const provider = createProvider({ db })
    const paymentId = randomUUID()
    const settled = await provider.settle(paymentId, 500)
    assert.equal(settled.status, 'failed')
    assert.equal(settled.status === 'failed' && settled.code, 'PAYMENT_PROCESSING_ERROR')
    const late = await provider.charge({ payment_id: paymentId, amount: 500, card: card('4242424242424242') })
    assert.deepEqual(late, settled)
    assert.deepEqual(await chargesOf(db, paymentId), [{ payment_id: paymentId, amount: 500, outcome: 'voided' }])
  })

  it('when a latency is set, then a charge takes at least that long', async (t) => {
    const db = await openPostgres(t)
    if (!db) return
    const provider = createProvider({ db, latencyMs: 60 })
    const started = performance.now()
    await provider.charge({ payment_id: randomUUID(), amount: 1, card: card('4242424242424242') })
    assert.ok(performance.now() - started >= 55)
  })
})

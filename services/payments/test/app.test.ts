import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { quoteIdent } from './support/sql.ts'
import { startPaymentsPlatform, type PaymentsPlatform } from './support/payments-platform.ts'
import { cards, cvv, fixture, type Fixture } from './support/fixture.ts'
import { paymentScenarios } from './routes/payment-scenarios.ts'
import { idempotencyScenarios } from './routes/idempotency-scenarios.ts'
import { refundScenarios } from './consumers/refund-scenarios.ts'
import { recoveryScenarios } from './domain/recovery-scenarios.ts'

// One platform (users, catalog, inventory, shipping, orders, payments) for the file: starting
// it is most of the cost. The provider is slowed a little so concurrent requests overlap.
let payments: PaymentsPlatform
let shared: Fixture
before(async () => {
  payments = await startPaymentsPlatform({ PROVIDER_LATENCY_MS: 30, PAYMENT_STUCK_AFTER_MS: 20_000, SWEEP_INTERVAL_MS: 100 })
  shared = fixture(payments)
})
after(() => payments?.stop())

const get = () => shared
paymentScenarios(get)
idempotencyScenarios(get)
refundScenarios(get)
recoveryScenarios(get)

describe('card data', () => {
  it('when every scenario above has run, then no card number or CVV is in any table of the payments schema nor in any event', async () => {
    const tables = await payments.db.query<{ name: string }>(
      `select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`,
    )
    assert.ok(tables.some((table) => table.name === 'provider_charges') && tables.some((table) => table.name === 'outbox'))
    const texts: string[] = []
    for (const table of tables) {
      const rows = await payments.db.query<{ row: string }>(`select row_to_json(t)::text as row from ${quoteIdent(table.name)} t`)
      texts.push(...rows.map((row) => row.row))
    }
    texts.push(...payments.events.map((event) => JSON.stringify(event)))
    assert.ok(texts.length > 50, 'the scenarios left rows to look at')
    // The CVV is short, so it is looked for as a value of its own, not inside ids and hashes.
    const cvvAlone = new RegExp(`(^|[^0-9a-f])${cvv}([^0-9a-f]|$)`, 'i')
    for (const text of texts) {
      for (const number of Object.values(cards)) assert.ok(!text.includes(number) && !text.includes(number.slice(0, 12)), `a card number in ${text}`)
      assert.ok(!cvvAlone.test(text) && !/cvv|credit_card_number/i.test(text), `a CVV in ${text}`)
    }
  })
})

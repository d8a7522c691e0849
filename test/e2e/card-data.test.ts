import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { waitFor } from '@bazaar/kit/testing'
import { killStrays, startPlatformProcess, workspace } from '@bazaar/cli/testing'
import { api } from '../support/api.ts'
import type { Inventory, Order, Product } from '../support/shapes.ts'

after(() => killStrays())

const cards = ['4242424242424242', '4000000000000002', '5555555555554444']
const cvv = '8613'

/** An OTLP/HTTP endpoint that keeps what it is sent, as a collector would. */
async function collector(): Promise<{ url: string; bodies: string[]; close(): void }> {
  const bodies: string[] = []
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => { bodies.push(Buffer.concat(chunks).toString('latin1')); response.end('{}') })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, bodies, close: () => server.close() }
}

test('when customers pay with cards, then no card number or CVV reaches a log line, a span, an event or a table', { timeout: 120_000 }, async () => {
  const place = await workspace()
  const otlp = await collector()
  try {
    const running = await startPlatformProcess(place, { ADMIN_PASSWORD: 'admin-password-for-card-tests', SEED_DEMO: 'false', LOG_LEVEL: 'debug', OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url })
    const shop = api(running.gatewayUrl)
    const admin = await shop.login('admin@bazaar.local', 'admin-password-for-card-tests')
    const product = (await shop.post<Product>('/api/products', { name: 'Card Test Kettle', price: 25, stock: 10 }, { token: admin })).body
    await waitFor(async () => (await shop.get<Inventory>(`/api/inventory/${product.product_id}`)).body.quantity === 10, { what: 'stock' })
    const { token } = await shop.customer('Cardholder')
    for (const card of cards) {
      const order = (await shop.post<Order>('/api/orders', { items: [{ product_id: product.product_id, quantity: 1 }] }, { token })).body
      const paid = await shop.post('/api/payment', { order_id: order.order_id, amount: order.total, payment_method: 'credit_card', credit_card_number: card, cvv, expiry: '12/39' }, { token })
      assert.ok([201, 402].includes(paid.status), `${paid.status}`)
      assert.ok(!JSON.stringify(paid.body).includes(card), 'not in the answer')
    }
    // A malformed card and a bad CVV: validation errors must not echo them either.
    const order = (await shop.post<Order>('/api/orders', { items: [{ product_id: product.product_id, quantity: 1 }] }, { token })).body
    const invalid = await shop.post('/api/payment', { order_id: order.order_id, amount: order.total, payment_method: 'credit_card', credit_card_number: '4242424242424241', cvv: '12x' }, { token })
    assert.equal(invalid.status, 400)
    assert.ok(!JSON.stringify(invalid.body).includes('4242424242424241'))

    await waitFor(() => otlp.bodies.length > 0, { what: 'spans to be exported', timeoutMs: 20_000 })
    assert.equal(await running.interrupt(), 0)

    const logs = running.lines.join('\n')
    const spans = otlp.bodies.join('\n')
    for (const card of [...cards, '4242424242424241']) {
      assert.ok(!logs.includes(card), `a log line holds ${card}`)
      assert.ok(!spans.includes(card), `a span holds ${card}`)
    }
    // Four digits turn up inside hex trace ids and UUIDs by chance: the CVV counts only as a value of its own.
    const cvvAlone = new RegExp(`(?<![0-9A-Za-z-])${cvv}(?![0-9A-Za-z-])`)
    assert.doesNotMatch(logs, cvvAlone, 'a log line holds the CVV')
    assert.doesNotMatch(spans, cvvAlone, 'a span holds the CVV')
    assert.doesNotMatch(spans, /credit_card_number|"cvv"/i)

    const pg = await PGlite.create(join(place.dataDir, 'pglite'))
    try {
      const tables = (await pg.query<{ schema: string; name: string }>(`select table_schema as schema, table_name as name from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema') and table_type = 'BASE TABLE'`)).rows
      assert.ok(tables.some((table) => table.name === 'outbox'), 'events are read from the outboxes')
      for (const { schema, name } of tables) {
        const rows = (await pg.query<{ row: string }>(`select row_to_json(t)::text as row from "${schema}"."${name}" t`)).rows.map((r) => r.row).join('\n')
        for (const card of [...cards, '4242424242424241']) assert.ok(!rows.includes(card), `${schema}.${name} holds a card number`)
        assert.doesNotMatch(rows, /"cvv"\s*:/, `${schema}.${name} holds a CVV`)
        assert.doesNotMatch(rows, /credit_card_number/, `${schema}.${name} holds a card number field`)
      }
    } finally {
      await pg.close()
    }
  } finally {
    otlp.close()
    await place.remove()
  }
})

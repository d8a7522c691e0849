import { before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { uniqueId } from '../support/unique-id.ts'
import type { InventoryPlatform, StockReply } from '../support/inventory-platform.ts'

export function stockBatchSuite(use: () => InventoryPlatform): void {
  describe('GET /inventory?product_ids=', () => {
    let inventory: InventoryPlatform
    before(() => { inventory = use() })

    type Problem = { code: string; fields: unknown }
    const batch = <T = { items: StockReply[] }>(list: string) => inventory.api.get<T>(`/inventory?product_ids=${list}`)

    it('when several stocked products are asked, then each one\'s numbers, in the order asked', async () => {
      const [a, b, c] = [await inventory.stocked(10), await inventory.stocked(0), await inventory.stocked(7)]
      const held = await inventory.api.put(`/reservations/${uniqueId('order')}`, {
        items: [{ product_id: c, quantity: 2 }],
        expires_at: new Date(Date.now() + 15 * 60_000).toISOString(),
      }, inventory.serviceToken)
      assert.equal(held.status, 200)

      const reply = await batch([c, a, b].join(','))
      assert.equal(reply.status, 200)
      assert.deepEqual(reply.body, { items: [
        { product_id: c, quantity: 5, reserved: 2 },
        { product_id: a, quantity: 10, reserved: 0 },
        { product_id: b, quantity: 0, reserved: 0 },
      ] })
    })

    it('when the list names products inventory never heard of, or one twice, then those are left out and each product answered once', async () => {
      const [a, b] = [await inventory.stocked(3), await inventory.stocked(4)]
      const reply = await batch([uniqueId('unknown'), b, a, b, uniqueId('unknown')].join(','))
      assert.equal(reply.status, 200)
      assert.deepEqual(reply.body.items.map((item) => [item.product_id, item.quantity]), [[b, 4], [a, 3]])
    })

    it('when no product asked is known, then an empty list, not a 404', async () => {
      const reply = await batch(uniqueId('unknown'))
      assert.equal(reply.status, 200)
      assert.deepEqual(reply.body, { items: [] })
    })

    it('when 100 different products are asked, then all are answered; 101 is a 400 naming the limit', async () => {
      const stocked = await inventory.stocked(1)
      const hundred = [stocked, ...Array.from({ length: 99 }, () => uniqueId('x'))]
      const full = await batch(hundred.join(','))
      assert.equal(full.status, 200)
      assert.deepEqual(full.body.items, [{ product_id: stocked, quantity: 1, reserved: 0 }])

      const repeated = await batch([...hundred, stocked].join(','))
      assert.equal(repeated.status, 200, 'a repeated id does not count twice')

      const over = await batch<Problem>([...hundred, uniqueId('x')].join(','))
      assert.equal(over.status, 400)
      assert.match(over.headers.get('content-type') ?? '', /application\/problem\+json/)
      assert.equal(over.body.code, 'VALIDATION_FAILED')
      assert.deepEqual(over.body.fields, [{ field: 'querystring.product_ids', message: 'must name at most 100 products' }])
    })

    it('when the list is missing, empty or malformed, then 400 problem+json', async () => {
      const product = await inventory.stocked(2)
      const queries = ['', 'product_ids=', `product_ids=${product},`, `product_ids=,${product}`, `product_ids=${product},,${product}`,
        `product_ids=${product}%20`, `product_ids=${product};${product}`, `product_ids=${'a'.repeat(65)}`, `product_ids=${'a,'.repeat(3300)}a`,
        `product_ids=${product}&product_ids=${product}`, `product_ids=${product}&limit=1`]
      for (const query of queries) {
        const reply = await inventory.api.get<Problem>(`/inventory?${query}`)
        assert.equal(reply.status, 400, query.slice(0, 80))
        assert.match(reply.headers.get('content-type') ?? '', /application\/problem\+json/, query.slice(0, 80))
        assert.equal(reply.body.code, 'VALIDATION_FAILED', query.slice(0, 80))
      }
    })
  })
}

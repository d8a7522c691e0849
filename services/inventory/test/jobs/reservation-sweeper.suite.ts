import { before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { waitFor } from '@bazaar/kit/testing'
import { uniqueId } from '../support/unique-id.ts'
import type { InventoryPlatform } from '../support/inventory-platform.ts'

/** Needs RESERVATION_GRACE_MS of a minute and a sweep interval of a moment (see app.test.ts). */
export function sweeperSuite(use: () => InventoryPlatform): void {
  describe('the reservation sweeper', () => {
    let inventory: InventoryPlatform
    before(() => { inventory = use() })

    async function reserve(productId: string, quantity: number, expiresInMs: number): Promise<string> {
      const orderId = uniqueId('order')
      const reply = await inventory.api.put(`/reservations/${orderId}`, {
        items: [{ product_id: productId, quantity }],
        expires_at: new Date(Date.now() + expiresInMs).toISOString(),
      }, inventory.serviceToken)
      assert.equal(reply.status, 200)
      return orderId
    }

    // The sweep that releases the overdue reservation also sees the one inside its grace, so
    // finding that one still held proves the grace, without waiting for time to pass.
    it('when a held reservation is past its expiry by more than the grace, then it is released; those within it are kept', async () => {
      const productId = await inventory.stocked(10)
      const [withinGrace, future] = [await reserve(productId, 2, -10_000), await reserve(productId, 3, 15 * 60_000)]
      const overdue = await reserve(productId, 4, -120_000)
      await waitFor(async () => (await inventory.stock(productId)).reserved === 5, { what: 'the overdue reservation released' })
      assert.deepEqual(await inventory.stock(productId), { product_id: productId, quantity: 5, reserved: 5 })
      const rows = await inventory.db.query<{ order_id: string; status: string }>(
        'select order_id, status from reservations where order_id = any($1::text[])', [[withinGrace, future, overdue]])
      assert.deepEqual(Object.fromEntries(rows.map((row) => [row.order_id, row.status])), { [withinGrace]: 'held', [future]: 'held', [overdue]: 'released' })
    })

    it('when a swept reservation\'s order is cancelled later, then nothing is released twice', async () => {
      const productId = await inventory.stocked(3)
      const orderId = await reserve(productId, 3, -120_000)
      await waitFor(async () => (await inventory.stock(productId)).quantity === 3, { what: 'the sweep' })
      assert.equal((await inventory.api.delete(`/reservations/${orderId}`, inventory.serviceToken)).status, 204)
      assert.deepEqual(await inventory.stock(productId), { product_id: productId, quantity: 3, reserved: 0 })
    })
  })
}

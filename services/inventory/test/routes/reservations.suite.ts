import { before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { InventoryUpdated } from '@bazaar/contracts'
import { waitFor } from '@bazaar/kit/testing'
import { uniqueId } from '../support/unique-id.ts'
import type { InventoryPlatform } from '../support/inventory-platform.ts'

export function reservationsSuite(use: () => InventoryPlatform): void {
  describe('reservations', () => {
    let inventory: InventoryPlatform
    before(() => { inventory = use() })

    const later = () => new Date(Date.now() + 15 * 60_000).toISOString()
    type Line = { product_id: string; requested: number; available: number }

    function reserve(orderId: string, items: { product_id: string | number; quantity: number }[], expiresAt = later()) {
      return inventory.api.put(`/reservations/${orderId}`, { items, expires_at: expiresAt }, inventory.serviceToken)
    }

    describe('PUT /reservations/{order_id}', () => {
      it('when every line is in stock, then held: quantity moves to reserved', async () => {
        const [a, b] = [await inventory.stocked(10), await inventory.stocked(3)]
        const orderId = uniqueId('order')
        const expiresAt = later()
        const reply = await reserve(orderId, [{ product_id: b, quantity: 3 }, { product_id: a, quantity: 2 }], expiresAt)
        assert.equal(reply.status, 200)
        assert.deepEqual(reply.body, {
          order_id: orderId,
          status: 'held',
          expires_at: expiresAt,
          items: [{ product_id: a, quantity: 2 }, { product_id: b, quantity: 3 }].sort((x, y) => (x.product_id < y.product_id ? -1 : 1)),
        })
        assert.deepEqual(await inventory.stock(a), { product_id: a, quantity: 8, reserved: 2 })
        assert.deepEqual(await inventory.stock(b), { product_id: b, quantity: 0, reserved: 3 })
      })

      it('when the same reservation is repeated, then the same answer and nothing more is held; other items are 409', async () => {
        const productId = await inventory.stocked(10)
        const orderId = uniqueId('order')
        const first = await reserve(orderId, [{ product_id: productId, quantity: 4 }])
        const again = await reserve(orderId, [{ product_id: productId, quantity: 4 }], later())
        assert.equal(again.status, 200)
        assert.deepEqual(again.body, first.body)
        assert.deepEqual(await inventory.stock(productId), { product_id: productId, quantity: 6, reserved: 4 })
        const other = await reserve(orderId, [{ product_id: productId, quantity: 5 }])
        assert.equal(other.status, 409)
        assert.equal(other.body.code, 'IDEMPOTENCY_CONFLICT')
      })

      it('when one line is short, then 409 OUT_OF_STOCK naming only the short lines, and nothing is held', async () => {
        const [plenty, few, none] = [await inventory.stocked(100), await inventory.stocked(2), await inventory.stocked(0)]
        const reply = await reserve(uniqueId('order'), [
          { product_id: plenty, quantity: 5 },
          { product_id: few, quantity: 3 },
          { product_id: none, quantity: 1 },
        ])
        assert.equal(reply.status, 409)
        assert.equal(reply.body.code, 'OUT_OF_STOCK')
        const lines = (reply.body.lines as Line[]).sort((x, y) => (x.product_id < y.product_id ? -1 : 1))
        assert.deepEqual(lines, [
          { product_id: few, requested: 3, available: 2 },
          { product_id: none, requested: 1, available: 0 },
        ].sort((x, y) => (x.product_id < y.product_id ? -1 : 1)))
        assert.deepEqual(await inventory.stock(plenty), { product_id: plenty, quantity: 100, reserved: 0 })
        assert.deepEqual(await inventory.stock(few), { product_id: few, quantity: 2, reserved: 0 })
      })

      it('when a line names a product inventory does not know, then it is a short line with nothing available', async () => {
        const unknown = uniqueId('unknown')
        const reply = await reserve(uniqueId('order'), [{ product_id: unknown, quantity: 1 }])
        assert.equal(reply.status, 409)
        assert.deepEqual(reply.body.lines, [{ product_id: unknown, requested: 1, available: 0 }])
      })

      it('when 200 orders each reserve 1 of a product with 25 at once, then exactly 25 are held and stock never goes below 0', async () => {
        const productId = await inventory.stocked(25)
        const replies = await Promise.all(Array.from({ length: 200 }, () => reserve(uniqueId('rush'), [{ product_id: productId, quantity: 1 }])))
        assert.equal(replies.filter((reply) => reply.status === 200).length, 25)
        const refused = replies.filter((reply) => reply.status === 409)
        assert.equal(refused.length, 175)
        for (const reply of refused) {
          assert.equal(reply.body.code, 'OUT_OF_STOCK')
          assert.deepEqual(reply.body.lines, [{ product_id: productId, requested: 1, available: 0 }])
        }
        assert.deepEqual(await inventory.stock(productId), { product_id: productId, quantity: 0, reserved: 25 })
        const updates = await waitFor(() => {
          const seen = inventory.events.filter((event) => event.type === InventoryUpdated.type && event.subject === productId)
          return seen.length === 26 ? seen : undefined
        }, { what: `one ${InventoryUpdated.type} per change` })
        const quantities = updates.map((event) => (event.data as { quantity: number }).quantity)
        assert.ok(quantities.every((quantity) => quantity >= 0))
        assert.equal(Math.min(...quantities), 0)
      })

      it('when seed-style numeric product ids are sent, then they are read as strings', async () => {
        const productId = String(900_000 + Math.floor(Math.random() * 99_999))
        await inventory.api.post(`/inventory/${productId}/update`, { quantity: 3 }, inventory.adminToken)
        const reply = await reserve(uniqueId('order'), [{ product_id: Number(productId), quantity: 1 }])
        assert.equal(reply.status, 200)
        assert.deepEqual(reply.body.items, [{ product_id: productId, quantity: 1 }])
      })

      it('when a customer or an admin asks, then 403: reservations are for services', async () => {
        const productId = await inventory.stocked(5)
        const body = { items: [{ product_id: productId, quantity: 1 }], expires_at: later() }
        assert.equal((await inventory.api.put(`/reservations/${uniqueId('order')}`, body, inventory.customerToken)).status, 403)
        assert.equal((await inventory.api.put(`/reservations/${uniqueId('order')}`, body, inventory.adminToken)).status, 403)
        assert.equal((await inventory.api.put(`/reservations/${uniqueId('order')}`, body)).status, 401)
      })

      it('when the body is invalid, then 400', async () => {
        for (const body of [{ items: [], expires_at: later() }, { items: [{ product_id: 'x', quantity: 0 }], expires_at: later() }, { items: [{ product_id: 'x', quantity: 1 }], expires_at: 'soon' }]) {
          const reply = await inventory.api.put(`/reservations/${uniqueId('order')}`, body, inventory.serviceToken)
          assert.equal(reply.status, 400, JSON.stringify(body))
        }
      })
    })

    describe('DELETE /reservations/{order_id}', () => {
      it('when a held reservation is released, then its stock comes back; releasing again or an unknown order is harmless', async () => {
        const productId = await inventory.stocked(5)
        const orderId = uniqueId('order')
        await reserve(orderId, [{ product_id: productId, quantity: 5 }])
        assert.deepEqual(await inventory.stock(productId), { product_id: productId, quantity: 0, reserved: 5 })
        assert.equal((await inventory.api.delete(`/reservations/${orderId}`, inventory.serviceToken)).status, 204)
        assert.deepEqual(await inventory.stock(productId), { product_id: productId, quantity: 5, reserved: 0 })
        assert.equal((await inventory.api.delete(`/reservations/${orderId}`, inventory.serviceToken)).status, 204)
        assert.deepEqual(await inventory.stock(productId), { product_id: productId, quantity: 5, reserved: 0 })
        assert.equal((await inventory.api.delete(`/reservations/${uniqueId('never')}`, inventory.serviceToken)).status, 204)
        const repeat = await reserve(orderId, [{ product_id: productId, quantity: 5 }])
        assert.equal(repeat.body.status, 'released', 'a repeat after release answers the release, it does not hold again')
        assert.deepEqual(await inventory.stock(productId), { product_id: productId, quantity: 5, reserved: 0 })
      })

      it('when a customer asks, then 403', async () => {
        assert.equal((await inventory.api.delete(`/reservations/${uniqueId('order')}`, inventory.customerToken)).status, 403)
      })
    })
  })
}

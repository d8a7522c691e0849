import { before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { InventoryLow, InventoryUpdated } from '@bazaar/contracts'
import { waitFor } from '@bazaar/kit/testing'
import { uniqueId } from '../support/unique-id.ts'
import type { InventoryPlatform } from '../support/inventory-platform.ts'

export function stockSuite(use: () => InventoryPlatform): void {
  describe('stock levels', () => {
    let inventory: InventoryPlatform
    before(() => { inventory = use() })

    const eventsOf = (type: string, productId: string) =>
      inventory.events.filter((event) => event.type === type && event.subject === productId).map((event) => event.data)

    describe('GET /inventory/{product_id}', () => {
      it('when the product is stocked, then seed 000\'s shape plus reserved', async () => {
        const { api, adminToken } = inventory
        const productId = String(100_000 + Math.floor(Math.random() * 800_000))
        assert.equal((await api.post(`/inventory/${productId}/update`, { quantity: 50 }, adminToken)).status, 200)
        const reply = await api.get(`/inventory/${productId}`)
        assert.equal(reply.status, 200)
        assert.deepEqual(reply.body, { product_id: productId, quantity: 50, reserved: 0 })
      })

      it('when inventory has never heard of the product, then 404 problem', async () => {
        const reply = await inventory.api.get(`/inventory/${uniqueId('unknown')}`)
        assert.equal(reply.status, 404)
        assert.equal(reply.body.code, 'NOT_FOUND')
      })
    })

    describe('POST /inventory/{product_id}/update', () => {
      it(`when an admin sets the quantity of an unknown product, then its row is created and ${InventoryUpdated.type} published`, async () => {
        const { api, adminToken } = inventory
        const productId = uniqueId('new')
        const reply = await api.post(`/inventory/${productId}/update`, { quantity: 60 }, adminToken)
        assert.equal(reply.status, 200)
        assert.deepEqual(reply.body, { product_id: productId, quantity: 60, reserved: 0 })
        assert.deepEqual(await waitFor(() => eventsOf(InventoryUpdated.type, productId)[0]), { product_id: productId, quantity: 60, reserved: 0 })
      })

      it('when an admin adjusts by a delta, then the quantity moves by it; a delta below zero is 409 and changes nothing', async () => {
        const { api, adminToken } = inventory
        const productId = await inventory.stocked(10)
        assert.deepEqual((await api.post(`/inventory/${productId}/update`, { delta: -3 }, adminToken)).body, { product_id: productId, quantity: 7, reserved: 0 })
        assert.deepEqual((await api.post(`/inventory/${productId}/update`, { delta: 5 }, adminToken)).body, { product_id: productId, quantity: 12, reserved: 0 })
        const refused = await api.post(`/inventory/${productId}/update`, { delta: -13 }, adminToken)
        assert.equal(refused.status, 409)
        assert.equal(refused.body.code, 'CONFLICT')
        assert.equal(refused.body.available, 12)
        assert.equal((await inventory.stock(productId)).quantity, 12)
      })

      it('when a negative delta names an unknown product, then 409 and no row is created', async () => {
        const productId = uniqueId('ghost')
        assert.equal((await inventory.api.post(`/inventory/${productId}/update`, { delta: -1 }, inventory.adminToken)).status, 409)
        assert.equal((await inventory.api.get(`/inventory/${productId}`)).status, 404)
      })

      it(`when the quantity falls under LOW_STOCK_THRESHOLD, then ${InventoryLow.type} once per fall`, async () => {
        const { api, adminToken } = inventory
        const productId = await inventory.stocked(8)
        await api.post(`/inventory/${productId}/update`, { delta: -4 }, adminToken)
        await api.post(`/inventory/${productId}/update`, { delta: -1 }, adminToken)
        await api.post(`/inventory/${productId}/update`, { quantity: 9 }, adminToken)
        await api.post(`/inventory/${productId}/update`, { quantity: 0 }, adminToken)
        await waitFor(() => eventsOf(InventoryUpdated.type, productId).length === 5, { what: `five ${InventoryUpdated.type}` })
        await waitFor(() => eventsOf(InventoryLow.type, productId).length === 2, { what: `two ${InventoryLow.type}` })
        assert.deepEqual(eventsOf(InventoryLow.type, productId), [
          { product_id: productId, quantity: 4, threshold: 5 },
          { product_id: productId, quantity: 0, threshold: 5 },
        ])
      })

      it('when a service updates, then it is allowed', async () => {
        const productId = await inventory.stocked(1)
        const reply = await inventory.api.post(`/inventory/${productId}/update`, { delta: 1 }, inventory.serviceToken)
        assert.equal(reply.status, 200)
        assert.equal(reply.body.quantity, 2)
      })

      it('when a customer updates, then 403; anonymously, then 401; nothing changes', async () => {
        const productId = await inventory.stocked(4)
        const asCustomer = await inventory.api.post(`/inventory/${productId}/update`, { quantity: 100 }, inventory.customerToken)
        assert.equal(asCustomer.status, 403)
        assert.equal(asCustomer.body.code, 'FORBIDDEN')
        const anonymous = await inventory.api.post(`/inventory/${productId}/update`, { quantity: 100 })
        assert.equal(anonymous.status, 401)
        assert.equal(anonymous.body.code, 'UNAUTHENTICATED')
        assert.equal((await inventory.stock(productId)).quantity, 4)
      })

      it('when the body has both, neither, or a negative quantity, then 400 naming the problem', async () => {
        const productId = await inventory.stocked(4)
        for (const body of [{ quantity: 1, delta: 1 }, {}, { quantity: -1 }, { quantity: 1.5 }, { amount: 3 }]) {
          const reply = await inventory.api.post(`/inventory/${productId}/update`, body, inventory.adminToken)
          assert.equal(reply.status, 400, JSON.stringify(body))
          assert.equal(reply.body.code, 'VALIDATION_FAILED')
        }
      })
    })
  })
}

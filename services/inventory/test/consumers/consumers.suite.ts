import { before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { InventoryUpdated, OrderCancelled, OrderPaid, ProductCreated, type OrderCancelledV1, type OrderPaidV1, type ProductCreatedV1 } from '@bazaar/contracts'
import type { EventEnvelope } from '@bazaar/kit'
import { waitFor } from '@bazaar/kit/testing'
import { uniqueId } from '../support/unique-id.ts'
import type { InventoryPlatform } from '../support/inventory-platform.ts'

export function consumersSuite(use: () => InventoryPlatform): void {
  describe('consumed events', () => {
    let inventory: InventoryPlatform
    before(() => { inventory = use() })

    /** Resolves once the consumer has committed its handling of the event (its inbox row). */
    async function handled(event: EventEnvelope, consumer: string): Promise<void> {
      await waitFor(async () => (await inventory.db.query('select 1 from inbox where event_id = $1 and consumer = $2', [event.id, consumer])).length > 0, { what: `${event.type} handled by ${consumer}` })
    }

    function productCreated(productId: string, initialStock: number): Promise<EventEnvelope> {
      const data: ProductCreatedV1 = { product_id: productId, name: 'Lamp', category: 'home', price: 2999, currency: 'USD', initial_stock: initialStock }
      return inventory.publish('catalog', ProductCreated.type, data)
    }

    const line = (productId: string, quantity: number) => ({ product_id: productId, quantity, unit_price: 1000 })

    function orderPaid(orderId: string, productId: string, quantity: number): Promise<EventEnvelope> {
      const data: OrderPaidV1 = { order_id: orderId, user_id: 'u1', items: [line(productId, quantity)], total: 1000 * quantity, currency: 'USD', payment_id: uniqueId('pay'), shipping_address: null }
      return inventory.publish('orders', OrderPaid.type, data)
    }

    function orderCancelled(orderId: string, productId: string, quantity: number, paymentId: string | null = null): Promise<EventEnvelope> {
      const data: OrderCancelledV1 = { order_id: orderId, user_id: 'u1', reason: paymentId === null ? 'customer' : 'paid_after_cancel', payment_id: paymentId, items: [line(productId, quantity)] }
      return inventory.publish('orders', OrderCancelled.type, data)
    }

    async function held(quantity: number, stock: number): Promise<{ orderId: string; productId: string }> {
      const productId = await inventory.stocked(stock)
      const orderId = uniqueId('order')
      const reply = await inventory.api.put(`/reservations/${orderId}`, {
        items: [{ product_id: productId, quantity }],
        expires_at: new Date(Date.now() + 60_000).toISOString(),
      }, inventory.serviceToken)
      assert.equal(reply.status, 200)
      return { orderId, productId }
    }

    describe(ProductCreated.type, () => {
      it(`when a new product is announced, then its row starts with initial_stock and ${InventoryUpdated.type} follows`, async () => {
        const productId = uniqueId('p')
        await productCreated(productId, 42)
        const row = await waitFor(async () => {
          const reply = await inventory.api.get(`/inventory/${productId}`)
          return reply.status === 200 && reply.body
        }, { what: 'the stock row' })
        assert.deepEqual(row, { product_id: productId, quantity: 42, reserved: 0 })
        await waitFor(() => inventory.events.some((event) => event.type === InventoryUpdated.type && event.subject === productId), { what: InventoryUpdated.type })
      })

      it('when the product already has a row (an admin stocked it, or the event came twice), then its numbers stay', async () => {
        const productId = await inventory.stocked(7)
        await handled(await productCreated(productId, 100), 'inventory.products')
        await handled(await productCreated(productId, 100), 'inventory.products')
        assert.deepEqual(await inventory.stock(productId), { product_id: productId, quantity: 7, reserved: 0 })
      })
    })

    describe(`${OrderPaid.type} and ${OrderCancelled.type}`, () => {
      it('when the order is paid, then the reservation is committed; a later cancellation does not give the stock back', async () => {
        const { orderId, productId } = await held(3, 10)
        await handled(await orderPaid(orderId, productId, 3), 'inventory.orders')
        assert.deepEqual(await inventory.stock(productId), { product_id: productId, quantity: 7, reserved: 0 })
        await handled(await orderCancelled(orderId, productId, 3, uniqueId('pay')), 'inventory.orders')
        assert.deepEqual(await inventory.stock(productId), { product_id: productId, quantity: 7, reserved: 0 })
        const repeat = await inventory.api.put(`/reservations/${orderId}`, { items: [{ product_id: productId, quantity: 3 }], expires_at: new Date().toISOString() }, inventory.serviceToken)
        assert.equal(repeat.body.status, 'committed')
      })

      it(`when ${OrderPaid.type} arrives twice (two event ids), then it commits once`, async () => {
        const { orderId, productId } = await held(2, 5)
        await handled(await orderPaid(orderId, productId, 2), 'inventory.orders')
        await handled(await orderPaid(orderId, productId, 2), 'inventory.orders')
        assert.deepEqual(await inventory.stock(productId), { product_id: productId, quantity: 3, reserved: 0 })
      })

      it('when a held order is cancelled, twice, then the stock comes back once', async () => {
        const { orderId, productId } = await held(4, 4)
        await handled(await orderCancelled(orderId, productId, 4), 'inventory.orders')
        assert.deepEqual(await inventory.stock(productId), { product_id: productId, quantity: 4, reserved: 0 })
        await handled(await orderCancelled(orderId, productId, 4), 'inventory.orders')
        assert.deepEqual(await inventory.stock(productId), { product_id: productId, quantity: 4, reserved: 0 })
      })

      it('when an order event names an order without a reservation, then it is consumed and nothing changes', async () => {
        const productId = await inventory.stocked(6)
        await handled(await orderPaid(uniqueId('stranger'), productId, 1), 'inventory.orders')
        assert.deepEqual(await inventory.stock(productId), { product_id: productId, quantity: 6, reserved: 0 })
      })

      it('when an order event lacks its order_id, then it is dead-lettered, not dropped', async () => {
        const event = await inventory.publish('orders', OrderCancelled.type, { reason: 'customer' })
        const dead = await waitFor(async () => (await inventory.bus.deadLetters('inventory.orders')).find((letter) => letter.event.id === event.id), { what: 'the dead letter' })
        assert.equal(dead.attempts, 5)
      })
    })
  })
}

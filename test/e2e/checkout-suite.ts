import { describe, test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { OrderCreated, OrderDelivered, OrderPaid, OrderShipped, PaymentSucceeded } from '@bazaar/contracts'
import { waitFor } from '@bazaar/kit/testing'
import type { Shop } from '../support/shop.ts'
import type { Inventory, Notification, OrProblem, Order, Page, Payment, Product } from '../support/shapes.ts'

/**
 * The checkout as a customer lives it, end to end through the gateway: run against the embedded
 * and the distributed mode alike, unchanged.
 */
export function checkoutSuite(start: () => Promise<Shop>, options: { skip?: string | false } = {}): void {
  describe('checkout', { skip: options.skip }, () => {
    let shop: Shop
    let admin: string
    before(async () => {
      shop = await start()
      admin = await shop.adminToken()
    })
    after(() => shop?.stop())

    async function product(name: string, description: string, price: number, stock: number): Promise<Product> {
      const created = await shop.api.post<Product>('/api/products', { name, description, price, stock, category: 'outdoors' }, { token: admin })
      assert.equal(created.status, 201, JSON.stringify(created.body))
      await waitFor(async () => (await shop.api.get<Inventory>(`/api/inventory/${created.body.product_id}`)).body.quantity === stock, { what: `stock of ${name}` })
      return created.body
    }

    const quantityOf = async (id: string) => (await shop.api.get<Inventory>(`/api/inventory/${id}`)).body.quantity
    const orderOf = async (id: string, token: string) => (await shop.api.get<Order>(`/api/orders/${id}`, { token })).body

    async function pay(order: Order, token: string, card: string) {
      return shop.api.post<OrProblem<Payment>>('/api/payment', { order_id: order.order_id, amount: order.total, payment_method: 'credit_card', credit_card_number: card }, { token })
    }

    test('when a new customer searches, fills a cart, orders from it and pays, then the order is paid, shipped and delivered, stock went down and every step was notified', async () => {
      const stamp = Date.now()
      const lantern = await product(`Trail Lantern ${stamp}`, 'A rechargeable lantern for long evenings at camp.', 34.5, 20)
      const mug = await product(`Enamel Mug ${stamp}`, 'A camp mug that survives every fall.', 12.25, 30)
      const { token } = await shop.api.customer('Walker')

      const found = await shop.api.get<Page<Product>>(`/api/products?q=${encodeURIComponent(`lantern ${stamp}`)}`)
      assert.equal(found.status, 200)
      assert.ok(found.body.items.some((item) => item.product_id === lantern.product_id), 'search finds the lantern')

      assert.equal((await shop.api.post('/api/cart/items', { product_id: lantern.product_id, quantity: 2 }, { token })).status, 201)
      assert.equal((await shop.api.post('/api/cart/items', { product_id: mug.product_id, quantity: 1 }, { token })).status, 201)
      const cart = await shop.api.get<{ items: unknown[]; subtotal: number }>('/api/cart', { token })
      assert.equal(cart.body.items.length, 2)
      assert.equal(cart.body.subtotal, 81.25)

      const placed = await shop.api.post<Order>('/api/orders', { from_cart: true }, { token, headers: { 'idempotency-key': `walk-${stamp}` } })
      assert.equal(placed.status, 201, JSON.stringify(placed.body))
      const order = placed.body
      assert.equal(order.status, 'awaiting_payment')
      assert.equal(order.subtotal, 81.25)
      assert.equal(Math.round((order.subtotal + order.shipping + order.tax) * 100), Math.round(order.total * 100), 'the total is the sum of its lines')
      await waitFor(async () => (await shop.api.get<{ items: unknown[] }>('/api/cart', { token })).body.items.length === 0, { what: 'the cart to be emptied' })

      const paid = await pay(order, token, '4242424242424242')
      assert.equal(paid.status, 201, JSON.stringify(paid.body))
      for (const status of ['paid', 'shipped', 'delivered']) {
        await waitFor(async () => {
          const current = (await orderOf(order.order_id, token)).status
          return ['paid', 'shipped', 'delivered'].indexOf(current) >= ['paid', 'shipped', 'delivered'].indexOf(status)
        }, { what: `the order to be ${status}` })
      }
      assert.equal(await quantityOf(lantern.product_id), 18)
      assert.equal(await quantityOf(mug.product_id), 29)

      const expected = [OrderCreated, PaymentSucceeded, OrderPaid, OrderShipped, OrderDelivered].map((contract) => contract.type)
      const notifications = await waitFor(async () => {
        const list = (await shop.api.get<Page<Notification>>('/api/notifications?limit=100', { token })).body.items
        const types = new Set(list.map((item) => item.event_type))
        return expected.every((type) => types.has(type)) ? list : undefined
      }, { what: 'a notification for each step', timeoutMs: 15_000 })
      assert.ok(notifications.every((item) => !item.text.includes('4242424242424242')))
    })

    test('when the card is declined, then 402 with a clear problem, the order still awaits payment, and a good card then succeeds', async () => {
      const tent = await product(`Dome Tent ${Date.now()}`, 'Two people, three seasons.', 149, 5)
      const { token } = await shop.api.customer('Decline')
      const order = (await shop.api.post<Order>('/api/orders', { items: [{ product_id: tent.product_id, quantity: 1 }] }, { token })).body

      const declined = await pay(order, token, '4000000000000002')
      assert.equal(declined.status, 402)
      assert.equal(declined.body.code, 'PAYMENT_DECLINED')
      assert.match(declined.headers.get('content-type') ?? '', /application\/problem\+json/)
      assert.equal((await orderOf(order.order_id, token)).status, 'awaiting_payment')

      const retried = await pay(order, token, '4242424242424242')
      assert.equal(retried.status, 201)
      await waitFor(async () => (await orderOf(order.order_id, token)).status !== 'awaiting_payment', { what: 'the order to be paid' })
    })
  })
}

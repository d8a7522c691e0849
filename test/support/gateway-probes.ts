import { randomUUID } from 'node:crypto'
import assert from 'node:assert/strict'
import { waitFor } from '@bazaar/kit/testing'
import type { Api } from './api.ts'
import type { Order, Payment } from './shapes.ts'

/** Answers whether the service it stands for served a customer through the gateway this time. */
export type Probe = () => Promise<boolean>

const shippedOrLater = new Set(['shipped', 'delivered'])

async function placeAndPay(shop: Api, token: string, productId: string): Promise<{ order: Order; payment: Payment } | undefined> {
  const placed = await shop.post<Order>('/api/orders', { items: [{ product_id: productId, quantity: 1 }] }, { token, headers: { 'idempotency-key': randomUUID() } })
  if (placed.status !== 201) return undefined
  const body = { order_id: placed.body.order_id, amount: placed.body.total, payment_method: 'credit_card', credit_card_number: '4242424242424242' }
  const paid = await shop.post<Payment>('/api/payment', body, { token, headers: { 'idempotency-key': randomUUID() } })
  return paid.status === 201 ? { order: placed.body, payment: paid.body } : undefined
}

/**
 * For each service, a request through the gateway that only it can answer: one of its own
 * routes, on a customer's delivered order of `productId` (placed here) and its payment and
 * shipment. Dispatch serves no route: its probe is an order placed and paid as the probe is
 * made (so made while dispatch is down, its order.paid waits near the head of the queue),
 * reaching `shipped`, which only dispatch's shipment.dispatched moves it to.
 */
export async function gatewayProbes(shop: Api, productId: string): Promise<(service: string) => Probe> {
  const { token } = await shop.customer('Probe')
  const first = await placeAndPay(shop, token, productId)
  assert.ok(first, 'the probing customer\'s order was placed and paid')
  await waitFor(async () => (await shop.get<Order>(`/api/orders/${first.order.order_id}`, token)).body.status === 'delivered', { timeoutMs: 30_000, what: 'the probing customer\'s order to be delivered' })
  const paths: Record<string, string> = {
    gateway: `/api/inventory/${productId}`,
    users: '/api/users/me',
    catalog: `/api/products/${productId}`,
    inventory: `/api/inventory/${productId}`,
    cart: '/api/cart',
    orders: `/api/orders/${first.order.order_id}`,
    payments: `/api/payment/${first.payment.payment_id}`,
    shipping: `/api/shipments/${first.order.order_id}`,
    ratings: `/api/ratings/${productId}`,
    notifications: '/api/notifications',
  }
  const answers = (path: string): Probe => async () => (await shop.get(path, token).catch(() => ({ status: 0 }))).status === 200
  const dispatches = (): Probe => {
    const place = () => placeAndPay(shop, token, productId).then((done) => done?.order).catch(() => undefined)
    let placed: Promise<Order | undefined> | undefined = place()
    return async () => {
      placed ??= place()
      const order = await placed
      if (!order) {
        placed = undefined
        return false
      }
      return shippedOrLater.has((await shop.get<Order>(`/api/orders/${order.order_id}`, token)).body.status)
    }
  }
  return (service) => {
    if (service === 'dispatch') return dispatches()
    const path = paths[service]
    if (!path) throw new Error(`no probe for ${service}`)
    return answers(path)
  }
}

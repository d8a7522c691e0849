import { randomUUID } from 'node:crypto'
import type { Api } from './api.ts'
import type { Order, Payment } from './shapes.ts'

export interface LoadReport {
  /** Every order the platform acknowledged (201), whatever became of its payment. */
  orders: string[]
  /** Answers by status; 0 counts requests that got no answer (the connection broke). */
  statuses: Map<number, number>
  /** Answers of 500 or more, and requests that got no answer at all. */
  failures: number
}

export interface CheckoutLoad {
  /** Requests sent and not yet answered, right now. */
  inFlight(): number
  /** Checkouts finished (paid, or given up after their retries). */
  finished(): number
  /** The orders acknowledged so far, in order. */
  acknowledged(): readonly string[]
  /** Lets every customer finish the checkout in hand, then reports. */
  stop(): Promise<LoadReport>
}

const retries = 3

/**
 * Customers checking out one unit of `productId` over and over, as a real client does: each
 * order and each payment under its own Idempotency-Key, retried with the same key when the
 * answer is a 5xx or never comes.
 */
export function checkoutLoad(shop: Api, customers: readonly { token: string }[], productId: string): CheckoutLoad {
  const report: LoadReport = { orders: [], statuses: new Map(), failures: 0 }
  let inFlight = 0
  let finished = 0
  let running = true

  async function send<T>(call: () => Promise<{ status: number; body: T }>): Promise<{ status: number; body: T | undefined }> {
    for (let attempt = 0; ; attempt++) {
      inFlight++
      const answer = await call().catch(() => ({ status: 0, body: undefined }))
      inFlight--
      report.statuses.set(answer.status, (report.statuses.get(answer.status) ?? 0) + 1)
      if (answer.status !== 0 && answer.status < 500) return answer
      report.failures++
      if (attempt === retries) return answer
      await new Promise((resolve) => setTimeout(resolve, 200 * (attempt + 1)))
    }
  }

  async function checkout(token: string): Promise<void> {
    const orderKey = randomUUID()
    const placed = await send(() => shop.post<Order>('/api/orders', { items: [{ product_id: productId, quantity: 1 }] }, { token, headers: { 'idempotency-key': orderKey } }))
    if (placed.status !== 201 || !placed.body) return
    const order = placed.body
    report.orders.push(order.order_id)
    const paymentKey = randomUUID()
    const body = { order_id: order.order_id, amount: order.total, payment_method: 'credit_card', credit_card_number: '4242424242424242' }
    await send(() => shop.post<Payment>('/api/payment', body, { token, headers: { 'idempotency-key': paymentKey } }))
  }

  const workers = customers.map(async ({ token }) => {
    while (running) {
      await checkout(token)
      finished++
    }
  })

  return {
    inFlight: () => inFlight,
    finished: () => finished,
    acknowledged: () => [...report.orders],
    async stop() {
      running = false
      await Promise.all(workers)
      return report
    },
  }
}

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
  /** Every request sent, retries included, in the order they were answered. */
  requests: LoadRequest[]
}

/** One request of the load: when it was sent and answered (epoch ms), and how. */
export interface LoadRequest {
  call: 'order' | 'payment'
  sentAt: number
  answeredAt: number
  /** 0 when no answer came (the connection broke). */
  status: number
  /** What came back instead of a success: the body of a 5xx, or why no answer came. */
  problem?: string
}

export interface CheckoutLoad {
  /** Requests sent and not yet answered, right now. */
  inFlight(): number
  /** Checkouts finished (paid, or given up after their retries). */
  finished(): number
  /** The orders acknowledged so far, in order. */
  acknowledged(): readonly string[]
  /** The requests answered so far, in order. */
  requests(): readonly LoadRequest[]
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
  const report: LoadReport = { orders: [], statuses: new Map(), failures: 0, requests: [] }
  let inFlight = 0
  let finished = 0
  let running = true

  async function send<T>(call: LoadRequest['call'], request: () => Promise<{ status: number; body: T; text: string }>): Promise<{ status: number; body: T | undefined }> {
    for (let attempt = 0; ; attempt++) {
      inFlight++
      const sentAt = Date.now()
      const answer = await request().catch((error: Error) => ({ status: 0, body: undefined, text: String(error.cause ?? error.message) }))
      inFlight--
      report.statuses.set(answer.status, (report.statuses.get(answer.status) ?? 0) + 1)
      const succeeded = answer.status !== 0 && answer.status < 500
      report.requests.push({ call, sentAt, answeredAt: Date.now(), status: answer.status, ...(succeeded ? {} : { problem: answer.text }) })
      if (succeeded) return answer
      report.failures++
      if (attempt === retries) return answer
      await new Promise((resolve) => setTimeout(resolve, 200 * (attempt + 1)))
    }
  }

  async function checkout(token: string): Promise<void> {
    const orderKey = randomUUID()
    const placed = await send('order', () => shop.post<Order>('/api/orders', { items: [{ product_id: productId, quantity: 1 }] }, { token, headers: { 'idempotency-key': orderKey } }))
    if (placed.status !== 201 || !placed.body) return
    const order = placed.body
    report.orders.push(order.order_id)
    const paymentKey = randomUUID()
    const body = { order_id: order.order_id, amount: order.total, payment_method: 'credit_card', credit_card_number: '4242424242424242' }
    await send('payment', () => shop.post<Payment>('/api/payment', body, { token, headers: { 'idempotency-key': paymentKey } }))
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
    requests: () => [...report.requests],
    async stop() {
      running = false
      await Promise.all(workers)
      return report
    },
  }
}

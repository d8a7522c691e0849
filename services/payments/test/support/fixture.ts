import type { JsonReply } from '@bazaar/kit/testing'
import { orderDesk, type OrderReply } from './orders.ts'
import type { Customer, PaymentsPlatform } from './payments-platform.ts'

/** The industry test cards and what the provider does with them. */
export const cards = {
  succeeds: '4242424242424242',
  declined: '4000000000000002',
  insufficientFunds: '4000000000009995',
  processingError: '4000000000000119',
  mastercard: '5555555555554444',
}

/** Every CVV the tests send: none may be stored anywhere. */
export const cvv = '7315'

export interface PaymentReply {
  payment_id: string
  order_id: string
  status: string
  amount: number
  currency: string
  brand: string
  last4: string
  created_at: string
}

/** What the scenario files share: one platform for the whole run (starting one is most of the cost). */
export interface Fixture {
  payments: PaymentsPlatform
  desk: ReturnType<typeof orderDesk>
  /** A customer with an order awaiting payment. */
  customerWithOrder(): Promise<{ customer: Customer; order: OrderReply }>
  pay(customer: Customer, order: OrderReply, card?: string, options?: { amount?: number; key?: string }): Promise<JsonReply<PaymentReply & Record<string, unknown>>>
}

export function fixture(payments: PaymentsPlatform): Fixture {
  const desk = orderDesk(payments)
  return {
    payments,
    desk,
    async customerWithOrder() {
      const customer = await payments.customer()
      return { customer, order: await desk.place(customer) }
    },
    pay(customer, order, card = cards.succeeds, options = {}) {
      const body = { order_id: order.order_id, amount: options.amount ?? order.total, payment_method: 'credit_card', credit_card_number: card, expiry: '12/39', cvv }
      return payments.api.post('/payment', body, { token: customer.token, headers: options.key === undefined ? {} : { 'idempotency-key': options.key } })
    },
  }
}

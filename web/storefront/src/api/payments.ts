import { request } from './client.ts'
import type { paths } from './generated/payments.ts'
import type { JsonBody } from './json-body.ts'

export interface CardDetails {
  number: string
  /** MM/YY */
  expiry: string
  cvv: string
}

export type Payment = JsonBody<paths['/payment']['post'], 201>

/** Pays an order's total by card; a refused card is a 402 ApiError with its code. */
export function payOrder(orderId: string, amount: number, card: CardDetails, idempotencyKey: string): Promise<Payment> {
  return request('/payment', {
    method: 'POST',
    headers: { 'idempotency-key': idempotencyKey },
    body: {
      order_id: orderId,
      amount,
      payment_method: 'credit_card',
      credit_card_number: card.number,
      expiry: card.expiry,
      cvv: card.cvv,
    },
  })
}

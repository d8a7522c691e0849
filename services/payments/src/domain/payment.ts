import type { Brand } from './card-brand.ts'

export type PaymentStatus = 'processing' | 'succeeded' | 'failed' | 'refunded'

/** A payment as stored: what the card was is down to a token, its brand and last4. */
export interface Payment {
  paymentId: string
  orderId: string
  /** The order's owner: who may read the payment. */
  userId: string
  /** Minor units. */
  amount: number
  currency: string
  status: PaymentStatus
  failureCode: string | null
  token: string
  brand: Brand
  last4: string
  createdAt: Date
}

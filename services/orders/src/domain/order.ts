export const orderStatuses = ['pending', 'awaiting_payment', 'paid', 'shipped', 'delivered', 'rejected', 'cancelled'] as const
export type OrderStatus = (typeof orderStatuses)[number]

export const shippingMethods = ['standard', 'express'] as const
export type ShippingMethod = (typeof shippingMethods)[number]

export type CancelReason = 'customer' | 'admin' | 'expired' | 'paid_after_cancel'

export interface ShippingAddress {
  name: string
  line1: string
  line2?: string | undefined
  city: string
  postal_code: string
  country: string
}

/** A line as priced when the order was placed; money in minor units. */
export interface OrderLine {
  productId: string
  name: string
  quantity: number
  unitPrice: number
  lineTotal: number
}

export interface HistoryEntry {
  status: OrderStatus
  note: string | null
  at: Date
}

/** A short line of a rejected order, as inventory reported it. */
export interface ShortLine {
  product_id: string
  requested: number
  available: number
}

/** Why a pending order was rejected: the problem inventory answered. */
export interface Rejection {
  code: string
  title: string
  detail: string | null
  lines: ShortLine[]
}

export interface Order {
  orderId: string
  userId: string
  status: OrderStatus
  items: OrderLine[]
  subtotal: number
  shipping: number
  tax: number
  total: number
  currency: string
  shippingAddress: ShippingAddress | null
  shippingMethod: ShippingMethod
  fromCart: boolean
  expiresAt: Date
  paymentId: string | null
  trackingNumber: string | null
  cancelReason: CancelReason | null
  rejection: Rejection | null
  history: HistoryEntry[]
  createdAt: Date
  updatedAt: Date
}

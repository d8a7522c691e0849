import type { AddressFields } from './addresses.ts'
import { request } from './client.ts'
import { queryString } from './http.ts'

export const orderStatuses = ['pending', 'awaiting_payment', 'paid', 'shipped', 'delivered', 'rejected', 'cancelled'] as const
export type OrderStatus = (typeof orderStatuses)[number]
export type ShippingMethod = 'standard' | 'express'

export interface Order {
  order_id: string
  user_id: string
  status: OrderStatus
  items: { product_id: string; name: string; quantity: number; unit_price: number; line_total: number }[]
  subtotal: number
  shipping: number
  tax: number
  total: number
  currency: string
  shipping_address: AddressFields | null
  shipping_method: ShippingMethod
  /** When an unpaid order is cancelled and its stock returns. */
  expires_at: string
  payment_id: string | null
  tracking_number: string | null
  cancel_reason: string | null
  history: { status: OrderStatus; at: string; note: string | null }[]
  created_at: string
  updated_at: string
}

export interface OrderPage {
  items: Order[]
  next_cursor: string | null
}

export interface OrderListQuery {
  status?: OrderStatus | undefined
  cursor?: string | undefined
  /** Whose orders: admins only; a customer always gets their own. */
  user_id?: string | undefined
  limit?: number
}

export const ordersKey = ['orders'] as const
export const orderKey = (orderId: string) => ['orders', orderId] as const

/** The moves the orders service allows by hand, with the button that makes each. */
export const transitions: Record<OrderStatus, readonly { to: OrderStatus; action: string }[]> = {
  pending: [{ to: 'awaiting_payment', action: 'Confirm' }, { to: 'rejected', action: 'Reject' }, { to: 'cancelled', action: 'Cancel' }],
  awaiting_payment: [{ to: 'paid', action: 'Mark paid' }, { to: 'cancelled', action: 'Cancel' }],
  paid: [{ to: 'shipped', action: 'Mark shipped' }, { to: 'cancelled', action: 'Cancel' }],
  shipped: [{ to: 'delivered', action: 'Mark delivered' }],
  delivered: [],
  rejected: [],
  cancelled: [],
}

/** Statuses an order never leaves: those with no move out. */
export function isFinal(status: OrderStatus): boolean {
  return transitions[status].length === 0
}

/** Orders the cart's lines; the same key always answers the same order, however often sent. */
export function placeOrderFromCart(
  order: { shipping_address: AddressFields; shipping_method: ShippingMethod },
  idempotencyKey: string,
): Promise<Order> {
  return request('/orders', { method: 'POST', body: { from_cart: true, ...order }, headers: { 'idempotency-key': idempotencyKey } })
}

export function getOrder(orderId: string, signal?: AbortSignal): Promise<Order> {
  return request(`/orders/${encodeURIComponent(orderId)}`, { signal })
}

/** The caller's orders, newest first; every order for an admin. */
export function listOrders(query: OrderListQuery, signal?: AbortSignal): Promise<OrderPage> {
  return request(`/orders${queryString({ ...query })}`, { signal })
}

export function cancelOrder(orderId: string): Promise<Order> {
  return request(`/orders/${encodeURIComponent(orderId)}/cancel`, { method: 'POST' })
}

/** Moves an order along an allowed transition. Admins only. */
export function setOrderStatus(orderId: string, status: OrderStatus): Promise<Order> {
  return request(`/orders/${encodeURIComponent(orderId)}/status`, { method: 'POST', body: { status } })
}

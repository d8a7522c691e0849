import type { AddressFields } from './addresses.ts'
import { request } from './client.ts'
import type { paths } from './generated/orders.ts'
import { queryString } from './http.ts'
import type { JsonBody } from './json-body.ts'

export type Order = JsonBody<paths['/orders/{order_id}']['get']>
export type OrderPage = JsonBody<paths['/orders']['get']>
export type OrderStatus = Order['status']
export type ShippingMethod = Order['shipping_method']

export const orderStatuses = ['pending', 'awaiting_payment', 'paid', 'shipped', 'delivered', 'rejected', 'cancelled'] as const satisfies readonly OrderStatus[]

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
): Promise<JsonBody<paths['/orders']['post'], 201>> {
  return request('/orders', { method: 'POST', body: { from_cart: true, ...order }, headers: { 'idempotency-key': idempotencyKey } })
}

export function getOrder(orderId: string, signal?: AbortSignal): Promise<Order> {
  return request(`/orders/${encodeURIComponent(orderId)}`, { signal })
}

/** The caller's orders, newest first; every order for an admin. */
export function listOrders(query: OrderListQuery, signal?: AbortSignal): Promise<OrderPage> {
  return request(`/orders${queryString({ ...query })}`, { signal })
}

export function cancelOrder(orderId: string): Promise<JsonBody<paths['/orders/{order_id}/cancel']['post']>> {
  return request(`/orders/${encodeURIComponent(orderId)}/cancel`, { method: 'POST' })
}

/** Moves an order along an allowed transition. Admins only. */
export function setOrderStatus(orderId: string, status: OrderStatus): Promise<JsonBody<paths['/orders/{order_id}/status']['post']>> {
  return request(`/orders/${encodeURIComponent(orderId)}/status`, { method: 'POST', body: { status } })
}

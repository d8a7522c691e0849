import type { OrderStatus } from '../api/orders.ts'

export const statusLabels: Record<OrderStatus, string> = {
  pending: 'Being placed',
  awaiting_payment: 'Awaiting payment',
  paid: 'Paid',
  shipped: 'Shipped',
  delivered: 'Delivered',
  rejected: 'Rejected',
  cancelled: 'Cancelled',
}

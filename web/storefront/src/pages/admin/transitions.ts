import type { OrderStatus } from '../../api/orders.ts'

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

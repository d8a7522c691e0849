import { findOrder } from '../data/orders.ts'
import { claimPending, claimStalePending } from '../data/saga-leases.ts'
import { cancelOrder } from './cancellation.ts'
import { drivePending } from './checkout/drive-pending.ts'
import { placePending } from './checkout/place-pending.ts'
import { createSaga } from './checkout/saga.ts'
import type { OrdersDeps } from './ports.ts'

/**
 * Drives on a pending order this caller holds the lease of: through the rest of the saga, or
 * cancelled when its TTL passed before it got there. Every saga reaches a terminal state.
 */
export async function recoverOrder(deps: OrdersDeps, orderId: string): Promise<void> {
  const order = await findOrder(deps.db, orderId)
  if (order?.status !== 'pending') return
  if (order.expiresAt.getTime() <= Date.now()) {
    await cancelOrder(deps, orderId, { reason: 'expired', note: 'expired before stock was reserved', from: ['pending'] })
    return
  }
  await drivePending(deps, order, createSaga(deps).done(placePending, order))
}

/** Takes over one pending order if its lease ran out, and drives it on (a retry with its key). */
export async function resumeOrder(deps: OrdersDeps, orderId: string): Promise<void> {
  if (await claimPending(deps.db, orderId, deps.settings.pendingLeaseMs)) await recoverOrder(deps, orderId)
}

/**
 * Recovery, on start and then periodically: every pending order nobody drives any more (its
 * process died mid-saga, or a call failed) is driven on. Answers how many were taken.
 */
export async function recoverPending(deps: OrdersDeps, limit = 50): Promise<number> {
  const orderIds = await claimStalePending(deps.db, limit, deps.settings.pendingLeaseMs)
  for (const orderId of orderIds) {
    try {
      await recoverOrder(deps, orderId)
    } catch (error) {
      deps.log.warn({ err: error, order_id: orderId }, 'recovery could not drive the order on yet; it tries again')
    }
  }
  return orderIds.length
}

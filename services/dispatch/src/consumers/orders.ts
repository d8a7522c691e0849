import { OrderPaid } from '@bazaar/contracts'
import { defineConsumer, readEvent } from '@bazaar/kit'
import type { DispatchDeps } from '../deps.ts'
import { scheduleDispatch } from '../domain/dispatches.ts'

/** Every paid order gets one dispatch job. Idempotent: the kit's inbox and the job's unique order id. */
export const orders = defineConsumer<DispatchDeps>({
  name: 'dispatch.orders',
  events: [OrderPaid],
  handler: (deps) => async (tx, event) => {
    const paid = readEvent(OrderPaid, event)
    await scheduleDispatch(tx, { orderId: paid.order_id, userId: paid.user_id }, deps.dispatchDelayMs)
  },
})

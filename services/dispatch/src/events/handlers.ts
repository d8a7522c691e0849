import { Type } from 'typebox'
import { consume, readEvent } from '@bazaar/kit'
import { OrderPaidV1 } from '@bazaar/contracts'
import type { DispatchContext } from '../context.ts'
import { scheduleDispatch } from '../domain/dispatches.ts'

const OrderPaid = Type.Pick(OrderPaidV1, ['order_id', 'user_id'])

/** Every paid order gets one dispatch job. Idempotent: the kit's inbox and the job's unique order id. */
export function consumePaidOrders(ctx: DispatchContext): Promise<void> {
  return consume({
    db: ctx.db,
    bus: ctx.bus,
    service: ctx.name,
    consumer: 'dispatch.orders',
    types: ['order.paid'],
    handle: async (tx, event) => {
      const paid = readEvent(OrderPaid, event)
      await scheduleDispatch(tx, { orderId: paid.order_id, userId: paid.user_id }, ctx.config.DISPATCH_DELAY_MS)
    },
  })
}

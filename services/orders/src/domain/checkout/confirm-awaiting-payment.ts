import { AppError, type StoredResponse } from '@bazaar/kit'
import { orderIn } from '../../data/orders.ts'
import { orderCreated } from '../../events/order-events.ts'
import { countMove } from '../counted-moves.ts'
import { answerKey } from '../idempotency.ts'
import type { Order, OrderStatus } from '../order.ts'
import { transition } from '../transitions.ts'
import type { Step } from './saga.ts'

const pastReservation: readonly OrderStatus[] = ['awaiting_payment', 'paid', 'shipped', 'delivered']

/**
 * Step 6, the last: stock is held, so the order awaits payment. The status, order.created and
 * the key's answer commit together. Another driver (recovery, a retry) having confirmed it
 * first is success too; an order settled otherwise meanwhile (cancelled) is a CONFLICT, which
 * unwinds the saga and so releases the stock. Nothing to undo after it.
 */
export const confirmAwaitingPayment: Step<Order, StoredResponse> = {
  name: 'confirm-awaiting-payment',
  invoke(deps, placed) {
    return deps.transaction(async (tx) => {
      const result = await transition(tx, placed.orderId, 'awaiting_payment', { from: ['pending'], note: 'stock reserved' })
      if (result.moved) {
        const order = await orderIn(tx, placed.orderId)
        await deps.publish(tx, orderCreated(order))
        countMove(tx, deps, result.from, order)
        return answerKey(tx, deps, order)
      }
      if (result.current !== undefined && pastReservation.includes(result.current)) return deps.responses.settled(await orderIn(tx, placed.orderId))
      throw new AppError('CONFLICT', 'The order was settled meanwhile', { detail: `Order ${placed.orderId} is ${result.current ?? 'gone'}.` })
    })
  },
}

import { AppError } from '@bazaar/kit'
import { orderIn } from '../../data/orders.ts'
import { orderCreated } from '../events/order-events.ts'
import { countMove } from '../counted-moves.ts'
import type { Order, OrderStatus } from '../order.ts'
import { transition } from '../transitions.ts'
import type { Step } from './saga.ts'

const pastReservation: readonly OrderStatus[] = ['awaiting_payment', 'paid', 'shipped', 'delivered']

/**
 * Step 6, the last: stock is held, so the order awaits payment. The status, order.created and
 * the key's answer commit together. Another driver (recovery, a retry) having confirmed it
 * first is success too (answered with the order as it is now); an order settled otherwise meanwhile (cancelled) is a CONFLICT, which
 * unwinds the saga and so releases the stock. Nothing to undo after it.
 */
export const confirmAwaitingPayment: Step<Order, Order> = {
  name: 'confirm-awaiting-payment',
  invoke(deps, placed) {
    return deps.transaction(async (tx) => {
      const result = await transition(tx, placed.orderId, 'awaiting_payment', { from: ['pending'], note: 'stock reserved' })
      if (result.moved) {
        const order = await orderIn(tx, placed.orderId)
        await deps.publish(tx, orderCreated(order))
        countMove(tx, deps, result.from, order)
        await deps.keys.settle(tx, order)
        return order
      }
      if (result.current !== undefined && pastReservation.includes(result.current)) return orderIn(tx, placed.orderId)
      throw new AppError('CONFLICT', 'The order was settled meanwhile', { detail: `Order ${placed.orderId} is ${result.current ?? 'gone'}.` })
    })
  },
}

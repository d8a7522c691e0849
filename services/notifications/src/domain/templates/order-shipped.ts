import { OrderShipped } from '@bazaar/contracts'
import { readEvent } from '@bazaar/kit'
import { emailText, sms, type Template } from './template.ts'

export const orderShipped: Template = {
  contract: OrderShipped,
  render(event, to) {
    const order = readEvent(OrderShipped, event)
    return {
      email: {
        subject: `Order ${order.order_id} has shipped`,
        text: emailText(to, `Your order ${order.order_id} is on its way. Tracking number: ${order.tracking_number}.`),
      },
      sms: sms(`order ${order.order_id} has shipped. Tracking ${order.tracking_number}.`),
    }
  },
}

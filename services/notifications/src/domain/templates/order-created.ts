import { OrderCreated } from '@bazaar/contracts'
import { readEvent } from '@bazaar/kit'
import { emailText, money, sms, type Template } from './template.ts'

export const orderCreated: Template = {
  contract: OrderCreated,
  render(event, to) {
    const order = readEvent(OrderCreated, event)
    const total = money(order.total, order.currency)
    const payBy = new Date(order.expires_at).toUTCString()
    return {
      email: {
        subject: `Order ${order.order_id} received`,
        text: emailText(to,
          `We received your order ${order.order_id}. Total: ${total}.`,
          `The items are held for you until ${payBy}; please pay before then.`),
      },
      sms: sms(`order ${order.order_id} received, total ${total}. Please pay before ${payBy}.`),
    }
  },
}

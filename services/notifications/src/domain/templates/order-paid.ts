import { OrderPaid } from '@bazaar/contracts'
import { readEvent } from '@bazaar/kit'
import { emailText, money, sms, type Template } from './template.ts'

export const orderPaid: Template = {
  contract: OrderPaid,
  render(event, to) {
    const order = readEvent(OrderPaid, event)
    const total = money(order.total, order.currency)
    return {
      email: {
        subject: `Order ${order.order_id} is paid`,
        text: emailText(to,
          `Your order ${order.order_id} is paid: ${total}.`,
          'We are packing it now and will tell you when it leaves our warehouse.'),
      },
      sms: sms(`order ${order.order_id} is paid (${total}). We will tell you when it ships.`),
    }
  },
}

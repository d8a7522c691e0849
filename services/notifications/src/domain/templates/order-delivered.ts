import { OrderDelivered } from '@bazaar/contracts'
import { readEvent } from '@bazaar/kit'
import { emailText, sms, type Template } from './template.ts'

export const orderDelivered: Template = {
  contract: OrderDelivered,
  render(event, to) {
    const order = readEvent(OrderDelivered, event)
    return {
      email: {
        subject: `Order ${order.order_id} is delivered`,
        text: emailText(to,
          `Your order ${order.order_id} is delivered (tracking number ${order.tracking_number}).`,
          'We hope you enjoy it; a rating on the product page helps other shoppers.'),
      },
      sms: sms(`order ${order.order_id} is delivered. Enjoy!`),
    }
  },
}

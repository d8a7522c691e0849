import { Type } from 'typebox'
import { OrderDeliveredV1 } from '@bazaar/contracts'
import { readEvent } from '@bazaar/kit'
import { emailText, sms, type Template } from './template.ts'

const Data = Type.Pick(OrderDeliveredV1, ['order_id', 'tracking_number'])

export const orderDelivered: Template = {
  type: 'order.delivered',
  render(event, to) {
    const order = readEvent(Data, event)
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

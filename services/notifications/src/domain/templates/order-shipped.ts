import { Type } from 'typebox'
import { OrderShippedV1 } from '@bazaar/contracts'
import { readEvent } from '@bazaar/kit'
import { emailText, sms, type Template } from './template.ts'

const Data = Type.Pick(OrderShippedV1, ['order_id', 'tracking_number'])

export const orderShipped: Template = {
  type: 'order.shipped',
  render(event, to) {
    const order = readEvent(Data, event)
    return {
      email: {
        subject: `Order ${order.order_id} has shipped`,
        text: emailText(to, `Your order ${order.order_id} is on its way. Tracking number: ${order.tracking_number}.`),
      },
      sms: sms(`order ${order.order_id} has shipped. Tracking ${order.tracking_number}.`),
    }
  },
}

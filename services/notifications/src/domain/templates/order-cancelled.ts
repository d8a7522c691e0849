import { OrderCancelled, type PayloadOf } from '@bazaar/contracts'
import { readEvent } from '@bazaar/kit'
import { emailText, sms, type Template } from './template.ts'

const why: Record<PayloadOf<typeof OrderCancelled>['reason'], string> = {
  customer: 'at your request',
  admin: 'by our team',
  expired: 'because its payment did not arrive in time',
  paid_after_cancel: 'because the payment arrived after it had been cancelled',
}

export const orderCancelled: Template = {
  contract: OrderCancelled,
  render(event, to) {
    const order = readEvent(OrderCancelled, event)
    const refund = order.payment_id === null ? '' : ' Your payment will be refunded.'
    return {
      email: {
        subject: `Order ${order.order_id} is cancelled`,
        text: emailText(to, `Your order ${order.order_id} was cancelled ${why[order.reason]}.${refund}`),
      },
      sms: sms(`order ${order.order_id} was cancelled ${why[order.reason]}.${refund}`),
    }
  },
}

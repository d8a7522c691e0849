import { Type } from 'typebox'
import { PaymentFailedV1 } from '@bazaar/contracts'
import { readEvent } from '@bazaar/kit'
import { emailText, money, sms, type Template } from './template.ts'

const Data = Type.Pick(PaymentFailedV1, ['order_id', 'amount', 'currency', 'reason'])

export const paymentFailed: Template = {
  type: 'payment.failed',
  render(event, to) {
    const payment = readEvent(Data, event)
    const amount = money(payment.amount, payment.currency)
    return {
      email: {
        subject: `Payment failed for order ${payment.order_id}`,
        text: emailText(to,
          `Your payment of ${amount} for order ${payment.order_id} did not go through: ${payment.reason}.`,
          'Your order is still held for you; you can pay with another card before it expires.'),
      },
      sms: sms(`payment of ${amount} for order ${payment.order_id} failed. You can try another card.`),
    }
  },
}

import { Type } from 'typebox'
import { PaymentSucceededV1 } from '@bazaar/contracts'
import { readEvent } from '@bazaar/kit'
import { emailText, money, sms, type Template } from './template.ts'

// The brand only: no digit of the card goes into a message.
const Data = Type.Pick(PaymentSucceededV1, ['order_id', 'payment_id', 'amount', 'currency', 'brand'])

export const paymentSucceeded: Template = {
  type: 'payment.succeeded',
  render(event, to) {
    const payment = readEvent(Data, event)
    const amount = money(payment.amount, payment.currency)
    return {
      email: {
        subject: `Payment received for order ${payment.order_id}`,
        text: emailText(to,
          `We charged ${amount} to your ${payment.brand} card for order ${payment.order_id}.`,
          `Payment reference: ${payment.payment_id}.`),
      },
      sms: sms(`payment of ${amount} received for order ${payment.order_id}.`),
    }
  },
}

import { PaymentSucceeded } from '@bazaar/contracts'
import { readEvent } from '@bazaar/kit'
import { emailText, money, sms, type Template } from './template.ts'

// The brand only: no digit of the card goes into a message.
export const paymentSucceeded: Template = {
  contract: PaymentSucceeded,
  render(event, to) {
    const payment = readEvent(PaymentSucceeded, event)
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

import { PaymentFailed } from '@bazaar/contracts'
import { readEvent } from '@bazaar/kit'
import { emailText, money, sms, type Template } from './template.ts'

export const paymentFailed: Template = {
  contract: PaymentFailed,
  render(event, to) {
    const payment = readEvent(PaymentFailed, event)
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

import { PaymentRefunded } from '@bazaar/contracts'
import { readEvent } from '@bazaar/kit'
import { emailText, money, sms, type Template } from './template.ts'

export const paymentRefunded: Template = {
  contract: PaymentRefunded,
  render(event, to) {
    const refund = readEvent(PaymentRefunded, event)
    const amount = money(refund.amount, refund.currency)
    return {
      email: {
        subject: `Refund for order ${refund.order_id}`,
        text: emailText(to,
          `We refunded ${amount} for order ${refund.order_id} (refund reference ${refund.refund_id}).`,
          'It may take a few business days to appear on your statement.'),
      },
      sms: sms(`${amount} refunded for order ${refund.order_id}.`),
    }
  },
}

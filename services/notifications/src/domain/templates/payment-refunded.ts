import { Type } from 'typebox'
import { PaymentRefundedV1 } from '@bazaar/contracts'
import { readEvent } from '@bazaar/kit'
import { emailText, money, sms, type Template } from './template.ts'

const Data = Type.Pick(PaymentRefundedV1, ['order_id', 'amount', 'currency', 'refund_id'])

export const paymentRefunded: Template = {
  type: 'payment.refunded',
  render(event, to) {
    const refund = readEvent(Data, event)
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

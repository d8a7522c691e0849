import { isApiError } from '../../api/api-error.ts'
import { cardAdvice, type CardErrors } from './card-check.ts'

/** A payment failure as the shopper should read it; plain data, so it survives in history state. */
export interface PaymentProblem {
  message: string
  fields: CardErrors
}

const declines: Record<string, string> = {
  PAYMENT_DECLINED: 'Your card was declined. Nothing was charged: please use another card.',
  INSUFFICIENT_FUNDS: 'Your card has insufficient funds. Nothing was charged: please use another card.',
  PAYMENT_PROCESSING_ERROR: 'The payment could not be processed. Nothing was charged: please try again.',
}

const cardFields: Record<string, keyof CardErrors> = {
  'body.credit_card_number': 'number',
  'body.expiry': 'expiry',
  'body.cvv': 'cvv',
}

export function paymentProblem(error: unknown): PaymentProblem {
  if (!isApiError(error)) return { message: 'The payment could not be sent. Please try again.', fields: {} }
  const decline = declines[error.code]
  if (decline !== undefined) return { message: decline, fields: {} }
  if (error.code === 'VALIDATION_FAILED') {
    const fields: CardErrors = {}
    for (const field of error.fields) {
      const name = cardFields[field.field]
      if (name !== undefined) fields[name] = cardAdvice[name]
    }
    return { message: 'Please check the card details.', fields }
  }
  return { message: error.explanation, fields: {} }
}

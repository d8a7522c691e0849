import type { Queryable } from '@bazaar/kit'

export interface NewRefund {
  refundId: string
  paymentId: string
  amount: number
  reason: string
}

/** Records the payment's refund; false when it has one already. */
export async function insertRefund(db: Queryable, refund: NewRefund): Promise<boolean> {
  const rows = await db.query(
    'insert into refunds (refund_id, payment_id, amount, reason) values ($1, $2, $3, $4) on conflict (payment_id) do nothing returning refund_id',
    [refund.refundId, refund.paymentId, refund.amount, refund.reason],
  )
  return rows.length > 0
}

import type { Queryable } from '@bazaar/kit'
import type { Payment, PaymentStatus } from '../domain/payment.ts'
import type { Brand } from '../domain/card-brand.ts'

type PaymentRow = {
  payment_id: string
  order_id: string
  user_id: string
  amount: number
  currency: string
  status: PaymentStatus
  failure_code: string | null
  token: string
  brand: Brand
  last4: string
  created_at: Date
}

const columns = 'payment_id, order_id, user_id, amount, currency, status, failure_code, token, brand, last4, created_at'

function toPayment(row: PaymentRow): Payment {
  return {
    paymentId: row.payment_id,
    orderId: row.order_id,
    userId: row.user_id,
    amount: Number(row.amount),
    currency: row.currency,
    status: row.status,
    failureCode: row.failure_code,
    token: row.token,
    brand: row.brand,
    last4: row.last4,
    createdAt: row.created_at,
  }
}

export type NewPayment = Omit<Payment, 'status' | 'failureCode' | 'createdAt'> & { requestKey: string | null }

/**
 * Inserts the payment as processing, unless the order already has one processing or succeeded
 * (the partial unique index): then answers undefined.
 */
export async function insertProcessing(db: Queryable, payment: NewPayment): Promise<Payment | undefined> {
  const rows = await db.query<PaymentRow>(
    `insert into payments (payment_id, order_id, user_id, amount, currency, status, token, brand, last4, request_key)
     values ($1, $2, $3, $4, $5, 'processing', $6, $7, $8, $9)
     on conflict do nothing returning ${columns}`,
    [payment.paymentId, payment.orderId, payment.userId, payment.amount, payment.currency, payment.token, payment.brand, payment.last4, payment.requestKey],
  )
  return rows[0] && toPayment(rows[0])
}

export async function findPayment(db: Queryable, paymentId: string): Promise<Payment | undefined> {
  const rows = await db.query<PaymentRow>(`select ${columns} from payments where payment_id = $1`, [paymentId])
  return rows[0] && toPayment(rows[0])
}

export async function findByRequestKey(db: Queryable, requestKey: string): Promise<Payment | undefined> {
  const rows = await db.query<PaymentRow>(`select ${columns} from payments where request_key = $1`, [requestKey])
  return rows[0] && toPayment(rows[0])
}

/** The order's payment that holds the index: processing, succeeded or refunded. */
export async function findActiveForOrder(db: Queryable, orderId: string): Promise<Payment | undefined> {
  const rows = await db.query<PaymentRow>(
    `select ${columns} from payments where order_id = $1 and status in ('processing', 'succeeded', 'refunded')`,
    [orderId],
  )
  return rows[0] && toPayment(rows[0])
}

/** Moves a processing payment to its outcome; undefined when it was not processing any more. */
export async function finishProcessing(db: Queryable, paymentId: string, status: 'succeeded' | 'failed', failureCode: string | null): Promise<Payment | undefined> {
  const rows = await db.query<PaymentRow>(
    `update payments set status = $2, failure_code = $3, updated_at = now()
     where payment_id = $1 and status = 'processing' returning ${columns}`,
    [paymentId, status, failureCode],
  )
  return rows[0] && toPayment(rows[0])
}

/** Processing payments older than `olderThanMs`: left behind by a crash (or very slow). */
export async function stuckPayments(db: Queryable, olderThanMs: number, limit: number): Promise<Payment[]> {
  const rows = await db.query<PaymentRow>(
    `select ${columns} from payments where status = 'processing' and created_at <= now() - $1::int * interval '1 millisecond'
     order by created_at limit $2`,
    [olderThanMs, limit],
  )
  return rows.map(toPayment)
}

/** Locks the payment for the refund's transaction; a concurrent refund waits, then sees refunded. */
export async function lockPayment(db: Queryable, paymentId: string): Promise<Payment | undefined> {
  const rows = await db.query<PaymentRow>(`select ${columns} from payments where payment_id = $1 for update`, [paymentId])
  return rows[0] && toPayment(rows[0])
}

export async function markRefunded(db: Queryable, paymentId: string): Promise<void> {
  await db.query(`update payments set status = 'refunded', updated_at = now() where payment_id = $1`, [paymentId])
}

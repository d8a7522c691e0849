import { AppError, ensureOwner, type Principal, type Queryable } from '@bazaar/kit'
import { findPayment } from '../data/payments.ts'
import type { Payment } from './payment.ts'

/** A payment as `caller` may see it: its order's owner, an admin or a service; others get 404. */
export async function readPayment(db: Queryable, caller: Principal, paymentId: string): Promise<Payment> {
  const payment = await findPayment(db, paymentId)
  if (!payment) throw new AppError('NOT_FOUND', 'Payment not found')
  ensureOwner(caller, payment.userId)
  return payment
}

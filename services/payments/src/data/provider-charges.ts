import type { Queryable } from '@bazaar/kit'
import type { RecordedOutcome } from '../domain/provider/outcomes.ts'

export interface ChargeRecord {
  paymentId: string
  amount: number
  outcome: RecordedOutcome
  reference: string
}

type ChargeRow = { payment_id: string; amount: number; outcome: RecordedOutcome; reference: string }

const toRecord = (row: ChargeRow): ChargeRecord => ({ paymentId: row.payment_id, amount: Number(row.amount), outcome: row.outcome, reference: row.reference })

export async function findCharge(db: Queryable, paymentId: string): Promise<ChargeRecord | undefined> {
  const rows = await db.query<ChargeRow>('select payment_id, amount, outcome, reference from provider_charges where payment_id = $1', [paymentId])
  return rows[0] && toRecord(rows[0])
}

/** Records the outcome unless one is recorded already; answers the one that stands (first writer wins). */
export async function recordCharge(db: Queryable, charge: ChargeRecord): Promise<ChargeRecord> {
  await db.query(
    'insert into provider_charges (payment_id, amount, outcome, reference) values ($1, $2, $3, $4) on conflict (payment_id) do nothing',
    [charge.paymentId, charge.amount, charge.outcome, charge.reference],
  )
  const standing = await findCharge(db, charge.paymentId)
  if (!standing) throw new Error(`the charge of payment ${charge.paymentId} was not recorded`)
  return standing
}

import { randomBytes } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Queryable } from '@bazaar/kit'
import { findCharge, recordCharge } from '../../data/provider-charges.ts'
import type { Card } from '../card.ts'
import { outcomeOf, type ChargeOutcome } from './outcomes.ts'
import { decide } from './test-cards.ts'

export interface ChargeRequest {
  /** The provider's idempotency key: one payment is charged at most once. */
  payment_id: string
  /** Minor units. */
  amount: number
  card: Card
}

/** The simulated card provider, idempotent by payment id like a real one. */
export interface Provider {
  charge(request: ChargeRequest): Promise<ChargeOutcome>
  /**
   * The outcome recorded for a payment; a payment the provider never saw is voided, so a charge
   * still on its way for it is refused instead of taking money nobody will record.
   */
  settle(paymentId: string, amount: number): Promise<ChargeOutcome>
}

export interface ProviderOptions {
  /** Its own records, in the payments database. */
  db: Queryable
  /** Artificial latency of a charge, to make races and timeouts visible. */
  latencyMs?: number
}

const reference = () => `ch_${randomBytes(12).toString('hex')}`

export function createProvider(options: ProviderOptions): Provider {
  const { db, latencyMs = 0 } = options
  return {
    async charge({ payment_id: paymentId, amount, card }) {
      const recorded = await findCharge(db, paymentId)
      if (recorded) return outcomeOf(recorded.outcome, recorded.reference)
      if (latencyMs > 0) await sleep(latencyMs)
      const standing = await recordCharge(db, { paymentId, amount, outcome: decide(card.number()), reference: reference() })
      return outcomeOf(standing.outcome, standing.reference)
    },
    async settle(paymentId, amount) {
      const standing = await recordCharge(db, { paymentId, amount, outcome: 'voided', reference: reference() })
      return outcomeOf(standing.outcome, standing.reference)
    },
  }
}

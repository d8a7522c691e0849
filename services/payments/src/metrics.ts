import { Counter, type ServiceContext } from '@bazaar/kit'
import { attemptOutcomes } from './domain/provider/outcomes.ts'

type Registry = ServiceContext['metrics']

/**
 * The business counters of payments on /metrics (docs/architecture.md#7-observability). Each counts a fact once, after the
 * transaction that made it true committed: a replayed Idempotency-Key or a redelivered event
 * counts nothing. The outcomes start at 0, so a rate over them exists before the first payment.
 */
export function paymentsMetrics(registry: Registry) {
  const attempted = new Counter({
    name: 'payments_attempted_total',
    help: 'Card payments charged at the provider, by outcome: succeeded, declined, insufficient_funds, processing_error (also a payment a crash interrupted).',
    labelNames: ['outcome'] as const,
    registers: [registry],
  })
  const refunded = new Counter({ name: 'payments_refunded_total', help: 'Payments refunded (their order was cancelled after it was paid).', registers: [registry] })
  for (const outcome of attemptOutcomes) attempted.inc({ outcome }, 0)
  return { attempted, refunded }
}

export type PaymentsMetrics = ReturnType<typeof paymentsMetrics>

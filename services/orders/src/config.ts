import { setting } from '@bazaar/kit'

/** The orders service's own settings, on top of the base ones every service has. */
export const config = {
  TAX_RATE_PERCENT: setting.integer(8, 'Tax on the subtotal, in percent; rounded half-up to the cent.', { min: 0, max: 100 }),
  RESERVATION_TTL_MS: setting.integer(15 * 60_000, 'How long stock stays held for an order awaiting payment; unpaid by then, it is cancelled.', { min: 1 }),
  PENDING_LEASE_MS: setting.integer(10_000, 'How long the request that placed an order drives it alone before recovery may take over.', { min: 1 }),
  SWEEP_INTERVAL_MS: setting.integer(1000, 'How often recovery (pending orders) and the expiry sweeper (unpaid orders) run.', { min: 10 }),
  IDEMPOTENCY_KEY_TTL_MS: setting.integer(24 * 3600_000, 'How long an Idempotency-Key is remembered.', { min: 1000 }),
  IDEMPOTENCY_WAIT_MS: setting.integer(10_000, 'How long a repeat waits for the first request with its key to finish before answering 409.', { min: 0 }),
  IDEMPOTENCY_POLL_MS: setting.integer(25, 'How often a waiting repeat looks at its key.', { min: 1 }),
}

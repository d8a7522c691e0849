import { setting } from '@bazaar/kit'

/** The payments service's own settings, on top of the base ones every service has. */
export const config = {
  PROVIDER_LATENCY_MS: setting.integer(0, 'Artificial latency of each charge at the simulated card provider (tests, demos).', { max: 60_000 }),
  IDEMPOTENCY_KEY_TTL_MS: setting.integer(24 * 3600_000, 'How long an Idempotency-Key and its answer are remembered.', { min: 1000 }),
  IDEMPOTENCY_WAIT_MS: setting.integer(10_000, 'How long a repeat waits for the first request with its key to answer before 409 (retry later).', { min: 0 }),
  IDEMPOTENCY_LEASE_MS: setting.integer(3_000, 'How long a request holds its Idempotency-Key unless it renews it (every third of that while it runs): a repeat takes over a key whose process died after this long.', { min: 100 }),
  PAYMENT_STUCK_AFTER_MS: setting.integer(15_000, 'A payment processing longer than this was left by a crash; it takes the provider\'s recorded outcome.', { min: 0 }),
  SWEEP_INTERVAL_MS: setting.integer(5_000, 'How often stuck payments are settled and expired keys deleted (also once at start).', { min: 10 }),
}

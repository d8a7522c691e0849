import { InventoryLow } from '@bazaar/contracts'
import { setting } from '@bazaar/kit'

/** The inventory service's own settings, on top of the base ones every service has. */
export const config = {
  LOW_STOCK_THRESHOLD: setting.integer(5, `${InventoryLow.type} is published when a product's sellable quantity falls under this.`, { min: 0 }),
  RESERVATION_GRACE_MS: setting.integer(5 * 60_000, 'How long past its expires_at a held reservation waits before the sweeper releases it.', { min: 0 }),
  RESERVATION_SWEEP_INTERVAL_MS: setting.integer(30_000, 'How often the sweeper looks for held reservations past their grace.', { min: 10 }),
}

import { setting } from '@bazaar/kit'

/** The dispatch worker's own settings, on top of the base ones every service has. */
export const config = {
  DISPATCH_DELAY_MS: setting.integer(30_000, 'Simulated warehouse: time from payment to the parcel leaving (picking and packing).', { min: 0 }),
  DISPATCH_POLL_INTERVAL_MS: setting.integer(1000, 'How often dispatches that fell due are looked for.', { min: 10 }),
}

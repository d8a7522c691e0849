import { setting } from '@bazaar/kit'

/** The notifications service's own settings, on top of the base ones every service has. */
export const config = {
  SMTP_URL: setting.secret('', 'SMTP server for email (smtp://user:pass@host:587); empty: every message is only logged.'),
  SMTP_FROM: setting.string('Bazaar <no-reply@bazaar.local>', 'Sender of the emails sent through SMTP_URL.'),
  MAX_DELIVERY_ATTEMPTS: setting.integer(5, 'Failed deliveries of one event before it is dead-lettered; a users service that is unavailable is waited out instead (BUS_OUTAGE_RETRY_MS).', { min: 1 }),
}

import { setting } from '@bazaar/kit'

/** The notifications service's own settings, on top of the base ones every service has. */
export const config = {
  SMTP_URL: setting.secret('', 'SMTP server for email (smtp://user:pass@host:587); empty: every message is only logged.'),
  SMTP_FROM: setting.string('Bazaar <no-reply@bazaar.local>', 'Sender of the emails sent through SMTP_URL.'),
  MAX_DELIVERY_ATTEMPTS: setting.integer(5, 'Deliveries of one event (a failing user lookup is retried) before it is dead-lettered.', { min: 1 }),
}

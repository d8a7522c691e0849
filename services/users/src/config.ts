import { setting, type ConfigOf } from '@bazaar/kit'

/** The users service's own settings, on top of the base ones every service has. */
export const config = {
  ACCESS_TOKEN_TTL_SECONDS: setting.integer(900, 'Lifetime of an access token (user or service).', { min: 30 }),
  REFRESH_TOKEN_TTL_SECONDS: setting.integer(30 * 24 * 3600, 'Lifetime of a refresh token; each refresh rotates it.', { min: 60 }),
  ADMIN_EMAIL: setting.string('admin@bazaar.local', 'Email of the admin account ensured at start.'),
  ADMIN_PASSWORD: setting.secret('', 'Password of the admin account created at start; empty: no admin is ensured.'),
  SEED_DEMO: setting.boolean(true, 'Create the demo shopper account at start (turn off outside demos).'),
  DEMO_EMAIL: setting.string('demo@bazaar.local', 'Email of the demo shopper account.'),
  DEMO_PASSWORD: setting.string('bazaar-demo', 'Password of the demo shopper account; printed by the start banner.'),
  SERVICE_CLIENT_KEY: setting.secret('', 'Key every service client secret is derived from (client credentials).'),
  LOGIN_MAX_FAILURES: setting.integer(5, 'Failed logins of one account before it is locked for LOGIN_LOCK_MS.', { min: 1 }),
  LOGIN_MAX_FAILURES_PER_IP: setting.integer(50, 'Failed logins from one address before it is locked; many users share one NAT.', { min: 1 }),
  LOGIN_LOCK_MS: setting.integer(60_000, 'How long a throttled account or address is refused; also the window failures are counted in.', { min: 1000 }),
  TRUST_PROXY_HOPS: setting.integer(0, 'Proxies in front of the gateway, as the gateway\'s own setting (set it once, unprefixed, so both agree): login throttling by address trusts their X-Forwarded-For entries and the gateway\'s.', { min: 0, max: 10 }),
  CREDENTIAL_SWEEP_INTERVAL_MS: setting.integer(3_600_000, 'How often refresh tokens long expired and login failures no longer counted are deleted.', { min: 1000 }),
}

export type UsersSettings = ConfigOf<typeof config>

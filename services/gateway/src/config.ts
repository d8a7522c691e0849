import { setting } from '@bazaar/kit'

/** The gateway's own settings, on top of the base ones every service has. */
export const config = {
  RATE_LIMIT_MAX: setting.integer(600, 'Requests one client (its user when signed in, else its address) may make per window; 429 above.', { min: 1 }),
  RATE_LIMIT_WINDOW_MS: setting.integer(60_000, 'The rate limit window.', { min: 1000 }),
  LOGIN_RATE_LIMIT_MAX: setting.integer(30, 'Login attempts one address may make per rate limit window.', { min: 1 }),
  CORS_ORIGINS: setting.list(['http://localhost:8080'], 'Browser origins allowed to call the API (CORS allow-list).'),
  TRUST_PROXY_HOPS: setting.integer(0, 'Proxies in front of the gateway whose X-Forwarded-For entries name the client (rate limits by address).', { min: 0, max: 10 }),
  UPSTREAM_EJECTION_MS: setting.integer(5000, 'How often an ejected (failing) replica is probed at /health until it is healthy again.', { min: 100 }),
  UPSTREAM_FAILURES_TO_EJECT: setting.integer(5, 'Consecutive timeouts or 502/503/504 answers that eject a replica; a refused connection ejects at once.', { min: 1 }),
  HEALTH_PROBE_TIMEOUT_MS: setting.integer(1000, 'How long /api/health waits for each replica\'s /health.', { min: 50 }),
}

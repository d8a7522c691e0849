import { startTestPlatform } from '@bazaar/cli/testing'
import type { Platform } from '@bazaar/cli'
import type { EventEnvelope } from '@bazaar/kit'
import type { JsonClient } from '@bazaar/kit/testing'

export interface CartPlatform {
  platform: Platform
  users: JsonClient
  cart: JsonClient
  /** A token of the admin the users service ensured at start. */
  adminToken(): Promise<string>
  /** Registers and logs in a new customer; answers the user id and an access token. */
  customer(): Promise<{ userId: string; token: string }>
  /** A client-credentials token of `clientId` for calling `audience`. */
  serviceToken(clientId: string, audience: string): Promise<string>
  /** Publishes an event on the platform's bus, as another service's relay would. */
  publish(event: EventEnvelope): Promise<void>
  stop(): Promise<void>
}

/**
 * Real services in one embedded runtime on free ports, as the launcher runs them: by default
 * users, catalog (without demo products), inventory and cart. With `dataDir`, PGlite keeps
 * its files there, so a second platform on it finds the first one's data.
 */
export async function startCartPlatform(options: { dataDir?: string; only?: string[] } = {}): Promise<CartPlatform> {
  const tp = await startTestPlatform({
    only: options.only ?? ['users', 'catalog', 'inventory', 'cart'],
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
    logLevel: 'error',
    settings: {
      catalog: { SEED_DEMO: false },
      // Its one error line is the 503 a test provokes on purpose.
      cart: { LOG_LEVEL: 'fatal' },
    },
  })
  return {
    platform: tp.platform,
    users: tp.client('users'),
    cart: tp.client('cart'),
    adminToken: () => tp.login('admin@bazaar.local', tp.platform.adminPassword?.value ?? ''),
    customer: () => tp.signUp(),
    serviceToken: tp.serviceToken,
    publish: tp.republish,
    stop: tp.stop,
  }
}

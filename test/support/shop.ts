import { loadTopology } from '@bazaar/topology'
import { startPlatform } from '@bazaar/cli'
import { api, type Api } from './api.ts'

export const topologyFile = new URL('../../topology.yaml', import.meta.url).pathname
export const adminEmail = 'admin@bazaar.local'
export const adminPassword = 'admin-password-for-tests'

export interface ShopOptions {
  /** Settings per service on top of the test defaults. */
  overrides?: (service: string) => Record<string, unknown>
  dataDir?: string
}

export interface Shop {
  /** The services that run. */
  readonly services: readonly string[]
  /** A service's own base URL (its first replica). */
  url(service: string): string
  /** The API as a client sees it, through the gateway. */
  readonly api: Api
  /** A service's own port, as seed 000 describes each service. */
  direct(service: string): Api
  adminToken(): Promise<string>
  stop(): Promise<void>
}

/**
 * The whole platform in this process, every service on a free port, with delays short enough
 * for a test to watch an order travel from payment to delivery.
 */
export async function startShop(options: ShopOptions = {}): Promise<Shop> {
  const platform = await startPlatform({
    topology: await loadTopology(topologyFile),
    randomPorts: true,
    dataDir: options.dataDir,
    env: { ADMIN_PASSWORD: adminPassword },
    overrides: (service) => ({ ...testSettings(service), ...options.overrides?.(service) }),
  })
  return shopOf([...platform.services.keys()], (service) => platform.url(service), () => platform.stop())
}

/** Quiet logs, no demo data, and delays short enough to watch an order reach delivery. */
export function testSettings(service: string): Record<string, string | number | boolean> {
  return {
    LOG_LEVEL: 'warn',
    SEED_DEMO: false,
    DISPATCH_DELAY_MS: 50,
    DELIVERY_DELAY_MS: 50,
    SWEEP_INTERVAL_MS: 100,
    RATE_LIMIT_MAX: 100_000,
    ...(service === 'users' ? { ADMIN_PASSWORD: adminPassword } : {}),
  }
}

export function shopOf(services: readonly string[], url: (service: string) => string, stop: () => Promise<void>): Shop {
  const gateway = api(url('gateway'))
  let admin: string | undefined
  return {
    services,
    url,
    api: gateway,
    direct: (service) => api(url(service)),
    async adminToken() {
      admin ??= await gateway.login(adminEmail, adminPassword)
      return admin
    },
    stop,
  }
}

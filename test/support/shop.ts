import { loadTopology } from '@bazaar/topology'
import { startPlatform, type Platform } from '@bazaar/cli'
import { api, type Api } from './api.ts'

const topologyFile = new URL('../../topology.yaml', import.meta.url).pathname
export const adminEmail = 'admin@bazaar.local'
export const adminPassword = 'admin-password-for-tests'

export interface ShopOptions {
  /** Settings per service on top of the test defaults. */
  overrides?: (service: string) => Record<string, unknown>
  dataDir?: string
}

export interface Shop {
  readonly platform: Platform
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
    overrides: (service) => ({
      LOG_LEVEL: 'warn',
      SEED_DEMO: false,
      DISPATCH_DELAY_MS: 50,
      DELIVERY_DELAY_MS: 50,
      SWEEP_INTERVAL_MS: 100,
      RATE_LIMIT_MAX: 100_000,
      ...(service === 'users' ? { ADMIN_PASSWORD: adminPassword } : {}),
      ...options.overrides?.(service),
    }),
  })
  const gateway = api(platform.url('gateway'))
  let admin: string | undefined
  return {
    platform,
    api: gateway,
    direct: (service) => api(platform.url(service)),
    async adminToken() {
      admin ??= await gateway.login(adminEmail, adminPassword)
      return admin
    },
    stop: () => platform.stop(),
  }
}

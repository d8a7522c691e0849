import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Platform } from '@bazaar/cli'
import { startTestPlatform } from '@bazaar/cli/testing'
import { baseConfig, loadConfig, type Db } from '@bazaar/kit'
import type { JsonClient } from '@bazaar/kit/testing'

export const adminEmail = 'admin@bazaar.local'
const adminPassword = 'catalog-admin-pass-1'

/** Whether the ratings service's package has its entry file yet (it is written alongside this one). */
export function ratingsBuilt(): boolean {
  try {
    return existsSync(fileURLToPath(import.meta.resolve('@bazaar/ratings')))
  } catch {
    return false
  }
}

export interface CatalogPlatform {
  platform: Platform
  /** The catalog service itself (no gateway in front). */
  api: JsonClient
  adminToken: string
  /** A fresh customer's access token. */
  customerToken(): Promise<string>
  /** The catalog's own database, to look at its outbox and inbox. */
  catalogDb(): Promise<Db>
  stop(): Promise<void>
}

export interface CatalogPlatformOptions {
  /** Services besides users and catalog, such as ratings. */
  with?: readonly string[]
  /** Settings per service, such as `{ catalog: { SEED_DEMO: false } }`. */
  settings?: Record<string, Record<string, unknown>>
}

/** The real catalog and users services (plus `with`) on free ports, in one embedded runtime. */
export async function startCatalogPlatform(options: CatalogPlatformOptions = {}): Promise<CatalogPlatform> {
  const settings = options.settings ?? {}
  const tp = await startTestPlatform({
    only: ['users', 'catalog', ...(options.with ?? [])],
    settings: { ...settings, users: { ADMIN_PASSWORD: adminPassword, ...settings.users } },
  })
  return {
    platform: tp.platform,
    api: tp.client('catalog'),
    adminToken: await tp.login(adminEmail, adminPassword),
    customerToken: async () => (await tp.signUp()).token,
    catalogDb: () => tp.platform.runtime.openDb('catalog', loadConfig(baseConfig, { env: {} })),
    stop: tp.stop,
  }
}

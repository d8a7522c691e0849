import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { startPlatform, type Platform } from '@bazaar/cli'
import { baseConfig, loadConfig, type Db } from '@bazaar/kit'
import { freePort } from '@bazaar/kit/testing'
import { loadTopology } from '@bazaar/topology'
import { client, type Client } from './http.ts'

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
  api: Client
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
  const topology = await loadTopology(new URL('../../../../topology.yaml', import.meta.url).pathname)
  const only = ['users', 'catalog', ...(options.with ?? [])]
  // randomPorts sets PORT 0, which the kit reads as "the topology's port": a free port each,
  // so test files run side by side.
  const ports = new Map(await Promise.all(only.map(async (service) => [service, await freePort()] as const)))
  const platform = await startPlatform({
    topology,
    randomPorts: true,
    only,
    overrides: (service) => ({
      PORT: ports.get(service),
      LOG_LEVEL: 'silent',
      ...(service === 'users' ? { ADMIN_PASSWORD: adminPassword } : {}),
      ...options.settings?.[service],
    }),
  })
  const users = client(platform.url('users'))
  const login = async (email: string, password: string): Promise<string> => {
    const reply = await users.post<{ access_token: string }>('/auth/login', { email, password })
    if (reply.status !== 200) throw new Error(`login answered ${reply.status}`)
    return reply.body.access_token
  }
  return {
    platform,
    api: client(platform.url('catalog')),
    adminToken: await login(adminEmail, adminPassword),
    async customerToken() {
      const email = `shopper-${randomUUID()}@example.com`
      const password = 'correct-horse-battery'
      const registered = await users.post('/users', { email, password })
      if (registered.status !== 201) throw new Error(`register answered ${registered.status}`)
      return login(email, password)
    },
    catalogDb: () => platform.runtime.openDb('catalog', loadConfig(baseConfig, { env: {} })),
    stop: () => platform.stop(),
  }
}

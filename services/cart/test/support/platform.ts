import { randomUUID } from 'node:crypto'
import { baseConfig, deriveClientSecret, loadConfig, type Bus, type EventEnvelope } from '@bazaar/kit'
import { startPlatform, type Platform } from '@bazaar/cli'
import { freePort } from '@bazaar/kit/testing'
import { loadTopology } from '@bazaar/topology'
import { client, type Client } from './http.ts'

export interface CartPlatform {
  platform: Platform
  users: Client
  cart: Client
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

const topologyFile = new URL('../../../../topology.yaml', import.meta.url).pathname

/**
 * Real services in one embedded runtime on free ports, as the launcher runs them: by default
 * users, catalog (without demo products), inventory and cart. With `dataDir`, PGlite keeps
 * its files there, so a second platform on it finds the first one's data.
 */
export async function startCartPlatform(options: { dataDir?: string; only?: string[] } = {}): Promise<CartPlatform> {
  const topology = await loadTopology(topologyFile)
  const only = options.only ?? ['users', 'catalog', 'inventory', 'cart']
  // randomPorts sets PORT 0, which the kit reads as "the topology's port": other test files
  // running at the same time would collide there, so each service gets a free port of its own.
  const ports = new Map(await Promise.all(only.map(async (service) => [service, await freePort()] as const)))
  const settings: Record<string, Record<string, unknown>> = {
    catalog: { SEED_DEMO: false },
    // Its one error line is the 503 a test provokes on purpose.
    cart: { LOG_LEVEL: 'fatal' },
  }
  const platform = await startPlatform({
    topology,
    dataDir: options.dataDir,
    randomPorts: true,
    only,
    overrides: (service) => ({ LOG_LEVEL: 'error', PORT: ports.get(service), ...settings[service] }),
  })
  const users = client(platform.url('users'))
  let bus: Bus | undefined
  const login = async (email: string, password: string) => {
    const reply = await users.post<{ access_token: string }>('/auth/login', { email, password })
    if (reply.status !== 200) throw new Error(`login answered ${reply.status}`)
    return reply.body.access_token
  }
  return {
    platform,
    users,
    cart: client(platform.url('cart')),
    adminToken: () => login('admin@bazaar.local', platform.adminPassword?.value ?? ''),
    async customer() {
      const email = `shopper-${randomUUID()}@example.com`
      const password = 'correct-horse-battery'
      const registered = await users.post<{ user_id: string }>('/users', { email, password })
      if (registered.status !== 201) throw new Error(`register answered ${registered.status}`)
      return { userId: registered.body.user_id, token: await login(email, password) }
    },
    async serviceToken(clientId, audience) {
      const secret = deriveClientSecret(platform.serviceClientKey, clientId)
      const grant = await users.post<{ access_token: string }>('/auth/token', { grant_type: 'client_credentials', client_id: clientId, client_secret: secret, audience })
      if (grant.status !== 200) throw new Error(`/auth/token answered ${grant.status}`)
      return grant.body.access_token
    },
    async publish(event) {
      bus ??= await platform.runtime.openBus('test', loadConfig(baseConfig, { env: {} }))
      await bus.publish(event)
    },
    stop: () => platform.stop(),
  }
}

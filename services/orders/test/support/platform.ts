import { randomBytes } from 'node:crypto'
import { startPlatform, type Platform } from '@bazaar/cli'
import { baseConfig, envelope, loadConfig, type EventEnvelope, type NewEvent } from '@bazaar/kit'
import { waitFor } from '@bazaar/kit/testing'
import { loadTopology } from '@bazaar/topology'
import { client, type Client } from './http.ts'

export const adminPassword = 'admin-pass-123'

/** Every service orders calls, and the users service that verifies tokens. */
export const checkoutServices = ['users', 'catalog', 'inventory', 'shipping', 'cart', 'orders'] as const

export interface CheckoutPlatform {
  platform: Platform
  api: (service: string) => Client
  orders: Client
  adminToken: string
  /** Registers and logs in a new customer. */
  customer(): Promise<{ userId: string; token: string }>
  /** A product created at the catalog (admin), once inventory holds its stock. */
  product(price: number, stock: number): Promise<string>
  quantityOf(productId: string): Promise<number>
  /** Everything published of `types` from now on, as it arrives. */
  listen(types: string[]): Promise<EventEnvelope[]>
  /** Publishes an event on the platform's bus, as its owning service would. */
  publish(source: string, event: NewEvent): Promise<void>
  stop(): Promise<void>
}

/**
 * The real services on one embedded runtime, each on a free port. `overrides` adds settings
 * per service on top of quiet logs, no demo data and an admin password.
 */
export async function startCheckoutPlatform(
  services: readonly string[] = checkoutServices,
  overrides: Record<string, Record<string, unknown>> = {},
): Promise<CheckoutPlatform> {
  const topology = await loadTopology(new URL('../../../../topology.yaml', import.meta.url).pathname)
  const platform = await startPlatform({
    topology,
    randomPorts: true,
    only: services,
    overrides: (service) => ({
      LOG_LEVEL: 'error',
      SEED_DEMO: false,
      ...(service === 'users' ? { ADMIN_PASSWORD: adminPassword } : {}),
      ...overrides[service],
    }),
  })
  const api = (service: string) => client(platform.url(service))
  const users = api('users')
  const login = async (email: string, password: string) => {
    const reply = await users.post<{ access_token: string }>('/auth/login', { email, password })
    if (reply.status !== 200) throw new Error(`login answered ${reply.status}: ${reply.text}`)
    return reply.body.access_token
  }
  const adminToken = await login('admin@bazaar.local', adminPassword)
  const bus = await platform.runtime.openBus('orders-test', loadConfig(baseConfig, { env: {} }))
  return {
    platform,
    api,
    orders: api('orders'),
    adminToken,
    async customer() {
      const name = `c${randomBytes(5).toString('hex')}`
      const registered = await users.post<{ user_id: string }>('/users', { email: `${name}@example.com`, username: name, password: 'correct-horse-battery' })
      if (registered.status !== 201) throw new Error(`register answered ${registered.status}: ${registered.text}`)
      return { userId: registered.body.user_id, token: await login(`${name}@example.com`, 'correct-horse-battery') }
    },
    async product(price, stock) {
      const created = await api('catalog').post<{ product_id: string }>('/products', { name: `Thing ${randomBytes(3).toString('hex')}`, price, stock }, adminToken)
      if (created.status !== 201) throw new Error(`create product answered ${created.status}: ${created.text}`)
      const productId = created.body.product_id
      await waitFor(async () => (await api('inventory').get(`/inventory/${productId}`)).status === 200, { what: `stock of product ${productId}` })
      return productId
    },
    async quantityOf(productId) {
      const reply = await api('inventory').get<{ quantity: number }>(`/inventory/${productId}`)
      if (reply.status !== 200) throw new Error(`inventory answered ${reply.status}`)
      return reply.body.quantity
    },
    async listen(types) {
      const seen: EventEnvelope[] = []
      await bus.subscribe(`orders-test.${randomBytes(4).toString('hex')}`, types, async (event) => { seen.push(event) })
      return seen
    },
    publish: (source, event) => bus.publish(envelope(source, event)),
    async stop() {
      await bus.close()
      await platform.stop()
    },
  }
}

import { randomBytes } from 'node:crypto'
import type { Platform } from '@bazaar/cli'
import { startTestPlatform } from '@bazaar/cli/testing'
import { envelope, type EventEnvelope, type NewEvent } from '@bazaar/kit'
import { waitFor, type JsonClient } from '@bazaar/kit/testing'

export const adminPassword = 'admin-pass-123'

/** Every service orders calls, and the users service that verifies tokens. */
export const checkoutServices = ['users', 'catalog', 'inventory', 'shipping', 'cart', 'orders'] as const

export interface CheckoutPlatform {
  platform: Platform
  api: (service: string) => JsonClient
  orders: JsonClient
  adminToken: string
  /** Registers and logs in a new customer. */
  customer(): Promise<{ userId: string; token: string }>
  /** A product created at the catalog (admin), once inventory holds its stock. */
  product(price: number, stock: number): Promise<string>
  quantityOf(productId: string): Promise<number>
  /** Everything published of `types` from now on, as it arrives. */
  listen(types: string[]): Promise<EventEnvelope[]>
  /** Publishes an event on the platform's bus, as its owning service would; answers it as sent. */
  publish(source: string, event: NewEvent): Promise<EventEnvelope>
  /** Publishes an event again, as a redelivery would bring it. */
  republish(event: EventEnvelope): Promise<void>
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
  const tp = await startTestPlatform({
    only: services,
    logLevel: 'error',
    settings: Object.fromEntries(services.map((service) => [service, {
      SEED_DEMO: false,
      ...(service === 'users' ? { ADMIN_PASSWORD: adminPassword } : {}),
      ...overrides[service],
    }])),
  })
  const api = tp.client
  const adminToken = await tp.login('admin@bazaar.local', adminPassword)
  return {
    platform: tp.platform,
    api,
    orders: api('orders'),
    adminToken,
    customer: () => tp.signUp(),
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
    listen: tp.listen,
    async publish(source, event) {
      const sent = envelope(source, event)
      await tp.bus.publish(sent)
      return sent
    },
    republish: tp.republish,
    stop: tp.stop,
  }
}

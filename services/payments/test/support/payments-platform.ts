import type { Platform } from '@bazaar/cli'
import { startTestPlatform } from '@bazaar/cli/testing'
import { PaymentFailed, PaymentRefunded, PaymentSucceeded } from '@bazaar/contracts'
import { baseConfig, loadConfig, type Db, type EventEnvelope } from '@bazaar/kit'
import type { JsonClient } from '@bazaar/kit/testing'

const adminPassword = 'admin-pass-123'

export interface Customer {
  userId: string
  token: string
}

export interface PaymentsPlatform {
  platform: Platform
  /** The payments service. */
  api: JsonClient
  users: JsonClient
  adminToken: string
  /** Whether orders (and what it needs) runs: the payment flows need real orders. */
  ordersRun: boolean
  customer(): Promise<Customer>
  /** A client-credentials token of `clientId` for calling `audience`. */
  serviceToken(clientId: string, audience: string): Promise<string>
  /** The payments schema, to look at rows directly. */
  db: Db
  /** Every event payments publishes, since the start, in arrival order. */
  events: EventEnvelope[]
  /** Publishes an event on the platform's bus, as another service's outbox relay would. */
  publish(source: string, type: string, data: unknown, id?: string): Promise<EventEnvelope>
  stop(): Promise<void>
}

/**
 * Real services in one embedded runtime on free ports: users and payments, with catalog,
 * inventory, shipping and orders when they are built (payments reads orders, orders needs them).
 */
export async function startPaymentsPlatform(paymentSettings: Record<string, unknown> = {}): Promise<PaymentsPlatform> {
  const services = ['users', 'catalog', 'inventory', 'shipping', 'orders', 'payments']
  const tp = await startTestPlatform({
    only: services,
    logLevel: 'warn',
    settings: Object.fromEntries(services.map((service) => [service, {
      SEED_DEMO: false,
      ...(service === 'users' ? { ADMIN_PASSWORD: adminPassword } : {}),
      ...(service === 'payments' ? paymentSettings : {}),
    }])),
    listen: [PaymentSucceeded, PaymentFailed, PaymentRefunded].map((contract) => contract.type),
  })
  try {
    return {
      platform: tp.platform,
      api: tp.client('payments'),
      users: tp.client('users'),
      adminToken: await tp.login('admin@bazaar.local', adminPassword),
      ordersRun: ['orders', 'catalog', 'inventory', 'shipping'].every((name) => tp.platform.services.has(name)),
      customer: () => tp.signUp(),
      serviceToken: tp.serviceToken,
      db: await tp.platform.runtime.openDb('payments', loadConfig(baseConfig, { env: {} })),
      events: tp.received,
      publish: tp.publish,
      stop: tp.stop,
    }
  } catch (error) {
    await tp.stop()
    throw error
  }
}

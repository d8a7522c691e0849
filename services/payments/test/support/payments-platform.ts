import { randomUUID } from 'node:crypto'
import { startPlatform, type Platform } from '@bazaar/cli'
import { baseConfig, deriveClientSecret, envelope, loadConfig, type Bus, type Db, type EventEnvelope } from '@bazaar/kit'
import { loadTopology } from '@bazaar/topology'
import { client, type Client } from './http.ts'

const adminPassword = 'admin-pass-123'
const topologyFile = new URL('../../../../topology.yaml', import.meta.url).pathname

export interface Customer {
  userId: string
  token: string
}

export interface PaymentsPlatform {
  platform: Platform
  /** The payments service. */
  api: Client
  users: Client
  adminToken: string
  /** Whether orders (and what it needs) runs: the payment flows need real orders. */
  ordersRun: boolean
  customer(): Promise<Customer>
  /** A client-credentials token of `clientId` for calling `audience`. */
  serviceToken(clientId: string, audience: string): Promise<string>
  /** The payments schema, to look at rows directly. */
  db: Db
  /** Every payment.* event published since the start, in arrival order. */
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
  const topology = await loadTopology(topologyFile)
  const platform = await startPlatform({
    topology,
    randomPorts: true,
    only: ['users', 'catalog', 'inventory', 'shipping', 'orders', 'payments'],
    overrides: (service) => ({
      LOG_LEVEL: 'warn',
      SEED_DEMO: false,
      ...(service === 'users' ? { ADMIN_PASSWORD: adminPassword } : {}),
      ...(service === 'payments' ? paymentSettings : {}),
    }),
  })
  try {
    const users = client(platform.url('users'))
    const login = async (email: string, password: string): Promise<string> => {
      const reply = await users.post<{ access_token: string }>('/auth/login', { email, password })
      if (reply.status !== 200) throw new Error(`login answered ${reply.status}`)
      return reply.body.access_token
    }
    const settings = loadConfig(baseConfig, { env: {} })
    const bus: Bus = await platform.runtime.openBus('test', settings)
    const events: EventEnvelope[] = []
    await bus.subscribe(`test.payment-events.${randomUUID()}`, ['payment.*'], async (event) => { events.push(event) })
    return {
      platform,
      api: client(platform.url('payments')),
      users,
      adminToken: await login('admin@bazaar.local', adminPassword),
      ordersRun: ['orders', 'catalog', 'inventory', 'shipping'].every((name) => platform.services.has(name)),
      async customer() {
        const email = `payer-${randomUUID()}@example.com`
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
      db: await platform.runtime.openDb('payments', settings),
      events,
      async publish(source, type, data, id) {
        const event = { ...envelope(source, { type, data }), ...(id === undefined ? {} : { id }) }
        await bus.publish(event)
        return event
      },
      stop: () => platform.stop(),
    }
  } catch (error) {
    await platform.stop()
    throw error
  }
}

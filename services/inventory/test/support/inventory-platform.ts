import { startPlatform, type Platform } from '@bazaar/cli'
import { baseConfig, deriveClientSecret, envelope, loadConfig, type Bus, type Db, type EventEnvelope } from '@bazaar/kit'
import { loadTopology } from '@bazaar/topology'
import { client, uniqueId, type Client } from './http.ts'

const adminPassword = 'admin-pass-123'

export interface StockReply {
  product_id: string
  quantity: number
  reserved: number
}

export interface InventoryPlatform {
  platform: Platform
  /** The inventory service. */
  api: Client
  adminToken: string
  customerToken: string
  /** A client-credentials token of the orders service for inventory, as the saga holds. */
  serviceToken: string
  /** The test's own client of the platform's bus (dead letters). */
  bus: Bus
  /** Inventory's own schema, to check rows and the inbox directly. */
  db: Db
  /** Every inventory.* event published since the start, in arrival order. */
  events: EventEnvelope[]
  /** Publishes an event on the platform's bus, as another service's outbox relay would. */
  publish(source: string, type: string, data: unknown, id?: string): Promise<EventEnvelope>
  /** A product with this stock, set by the admin; answers its id. */
  stocked(quantity: number): Promise<string>
  stock(productId: string): Promise<StockReply>
  stop(): Promise<void>
}

async function token(api: Client, path: string, body: unknown): Promise<string> {
  const reply = await api.post<{ access_token: string }>(path, body)
  if (reply.status !== 200) throw new Error(`${path} answered ${reply.status}: ${JSON.stringify(reply.body)}`)
  return reply.body.access_token
}

/** Users and inventory for real (embedded runtime, PGlite, HTTP on free ports), with the tokens tests need. */
export async function startInventoryPlatform(inventorySettings: Record<string, unknown> = {}): Promise<InventoryPlatform> {
  const topology = await loadTopology(new URL('../../../../topology.yaml', import.meta.url).pathname)
  const platform = await startPlatform({
    topology,
    randomPorts: true,
    only: ['users', 'inventory'],
    overrides: (service) => ({
      LOG_LEVEL: 'warn',
      ...(service === 'users' ? { ADMIN_PASSWORD: adminPassword } : {}),
      ...(service === 'inventory' ? inventorySettings : {}),
    }),
  })
  try {
    const users = client(platform.url('users'))
    const api = client(platform.url('inventory'))
    const customer = { email: `${uniqueId('customer')}@example.com`, password: 'correct-horse-battery' }
    if ((await users.post('/users', customer)).status !== 201) throw new Error('customer registration failed')
    const [adminToken, customerToken, serviceToken] = await Promise.all([
      token(users, '/auth/login', { email: 'admin@bazaar.local', password: adminPassword }),
      token(users, '/auth/login', customer),
      token(users, '/auth/token', {
        grant_type: 'client_credentials',
        client_id: 'orders',
        client_secret: deriveClientSecret(platform.serviceClientKey, 'orders'),
        audience: 'inventory',
      }),
    ])

    const settings = loadConfig(baseConfig, { env: {} })
    const bus = await platform.runtime.openBus('test', settings)
    const db = await platform.runtime.openDb('inventory', settings)
    const events: EventEnvelope[] = []
    await bus.subscribe(uniqueId('test.inventory-events'), ['inventory.*'], async (event) => { events.push(event) })

    const stock = async (productId: string): Promise<StockReply> => {
      const reply = await api.get<StockReply>(`/inventory/${productId}`)
      if (reply.status !== 200) throw new Error(`GET /inventory/${productId} answered ${reply.status}`)
      return reply.body
    }
    return {
      platform,
      api,
      adminToken,
      customerToken,
      serviceToken,
      bus,
      db,
      events,
      async publish(source, type, data, id) {
        const event = { ...envelope(source, { type, data }), ...(id === undefined ? {} : { id }) }
        await bus.publish(event)
        return event
      },
      async stocked(quantity) {
        const productId = uniqueId('p')
        const reply = await api.post(`/inventory/${productId}/update`, { quantity }, adminToken)
        if (reply.status !== 200) throw new Error(`stocking answered ${reply.status}`)
        return productId
      },
      stock,
      stop: () => platform.stop(),
    }
  } catch (error) {
    await platform.stop()
    throw error
  }
}

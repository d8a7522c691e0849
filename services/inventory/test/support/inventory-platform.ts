import { InventoryLow, InventoryUpdated } from '@bazaar/contracts'
import type { Platform } from '@bazaar/cli'
import { startTestPlatform } from '@bazaar/cli/testing'
import { baseConfig, loadConfig, type Bus, type Db, type EventEnvelope } from '@bazaar/kit'
import type { JsonClient } from '@bazaar/kit/testing'
import { uniqueId } from './unique-id.ts'

const adminPassword = 'admin-pass-123'

export interface StockReply {
  product_id: string
  quantity: number
  reserved: number
}

export interface InventoryPlatform {
  platform: Platform
  /** The inventory service. */
  api: JsonClient
  adminToken: string
  customerToken: string
  /** A client-credentials token of the orders service for inventory, as the saga holds. */
  serviceToken: string
  /** The test's own client of the platform's bus (dead letters). */
  bus: Bus
  /** Inventory's own schema, to check rows and the inbox directly. */
  db: Db
  /** Every event inventory published since the start, in arrival order. */
  events: EventEnvelope[]
  /** Publishes an event on the platform's bus, as another service's outbox relay would. */
  publish(source: string, type: string, data: unknown, id?: string): Promise<EventEnvelope>
  /** A product with this stock, set by the admin; answers its id. */
  stocked(quantity: number): Promise<string>
  stock(productId: string): Promise<StockReply>
  stop(): Promise<void>
}

/** Users and inventory for real (embedded runtime, PGlite, HTTP on free ports), with the tokens tests need. */
export async function startInventoryPlatform(inventorySettings: Record<string, unknown> = {}): Promise<InventoryPlatform> {
  const tp = await startTestPlatform({
    only: ['users', 'inventory'],
    logLevel: 'warn',
    settings: { users: { ADMIN_PASSWORD: adminPassword }, inventory: inventorySettings },
    listen: [InventoryUpdated.type, InventoryLow.type],
  })
  try {
    const api = tp.client('inventory')
    const [adminToken, customer, serviceToken] = await Promise.all([
      tp.login('admin@bazaar.local', adminPassword),
      tp.signUp(),
      tp.serviceToken('orders', 'inventory'),
    ])
    const stock = async (productId: string): Promise<StockReply> => {
      const reply = await api.get<StockReply>(`/inventory/${productId}`)
      if (reply.status !== 200) throw new Error(`GET /inventory/${productId} answered ${reply.status}`)
      return reply.body
    }
    return {
      platform: tp.platform,
      api,
      adminToken,
      customerToken: customer.token,
      serviceToken,
      bus: tp.bus,
      db: await tp.platform.runtime.openDb('inventory', loadConfig(baseConfig, { env: {} })),
      events: tp.received,
      publish: tp.publish,
      async stocked(quantity) {
        const productId = uniqueId('p')
        const reply = await api.post(`/inventory/${productId}/update`, { quantity }, adminToken)
        if (reply.status !== 200) throw new Error(`stocking answered ${reply.status}`)
        return productId
      },
      stock,
      stop: tp.stop,
    }
  } catch (error) {
    await tp.stop()
    throw error
  }
}

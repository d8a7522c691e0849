import { startTestPlatform } from '@bazaar/cli/testing'
import type { Platform } from '@bazaar/cli'
import type { Bus, EventEnvelope } from '@bazaar/kit'
import { jsonClient, waitFor, type JsonClient } from '@bazaar/kit/testing'

export interface CartPlatform {
  platform: Platform
  users: JsonClient
  cart: JsonClient
  /** A token of the admin the users service ensured at start. */
  adminToken(): Promise<string>
  /** Registers and logs in a new customer; answers the user id and an access token. */
  customer(): Promise<{ userId: string; token: string }>
  /** A client-credentials token of `clientId` for calling `audience`. */
  serviceToken(clientId: string, audience: string): Promise<string>
  /** Publishes an event on the platform's bus, as another service's relay would. */
  publish(event: EventEnvelope): Promise<void>
  /** The platform's bus, to look at a consumer's dead letters. */
  bus: Bus
  stop(): Promise<void>
}

/**
 * Real services in one embedded runtime on free ports, as the launcher runs them: by default
 * users, catalog (without demo products), inventory and cart. With `dataDir`, PGlite keeps
 * its files there, so a second platform on it finds the first one's data. `cart` adds settings
 * of the cart service, such as its store.
 */
export async function startCartPlatform(options: { dataDir?: string; only?: string[]; cart?: Record<string, unknown> } = {}): Promise<CartPlatform> {
  const tp = await startTestPlatform({
    only: options.only ?? ['users', 'catalog', 'inventory', 'cart'],
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
    logLevel: 'error',
    settings: {
      catalog: { SEED_DEMO: false },
      // Its one error line is the 503 a test provokes on purpose.
      cart: { LOG_LEVEL: 'fatal', ...options.cart },
    },
  })
  return {
    platform: tp.platform,
    users: tp.client('users'),
    cart: tp.client('cart'),
    adminToken: () => tp.login('admin@bazaar.local', tp.platform.adminPassword?.value ?? ''),
    customer: () => tp.signUp(),
    serviceToken: tp.serviceToken,
    publish: tp.republish,
    bus: tp.bus,
    stop: tp.stop,
  }
}

/** Creates a product as the admin, with `stock` units, and waits until inventory knows it; answers its id. */
export async function createProduct(world: CartPlatform, name: string, price: number, stock: number): Promise<string> {
  const catalog = jsonClient(world.platform.url('catalog'))
  const inventory = jsonClient(world.platform.url('inventory'))
  const created = await catalog.post<{ product_id: string }>('/products', { name, price, stock }, await world.adminToken())
  if (created.status !== 201) throw new Error(`creating a product answered ${created.status}: ${created.text}`)
  const id = created.body.product_id
  // Inventory creates the stock row when it consumes product.created.
  await waitFor(async () => (await inventory.get(`/inventory/${id}`)).status === 200, { what: `stock of product ${id}` })
  return id
}

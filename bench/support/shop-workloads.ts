import { Agent, setGlobalDispatcher } from 'undici'
import { killStrays, startPlatformProcess, workspace } from '@bazaar/cli/testing'
import { waitFor } from '@bazaar/kit/testing'
import { closedLoop, percentile, type LoopResult } from './closed-loop.ts'
import { treeCpuSeconds } from './process-cpu.ts'

/** The admin password every bench platform starts with. */
export const benchAdminPassword = 'admin-password-for-the-bench'

/** Settings of every bench platform: quiet logs, no demo data, no rate limit in the way of the load. */
export const benchSettings: Record<string, string> = {
  ADMIN_PASSWORD: benchAdminPassword,
  LOG_LEVEL: 'warn',
  SEED_DEMO: 'false',
  RATE_LIMIT_MAX: '100000000',
  LOGIN_RATE_LIMIT_MAX: '100000',
}

/** The global HTTP client the load goes through: two kept-alive connections per customer. */
export function useBenchAgent(customers: number): void {
  setGlobalDispatcher(new Agent({ connections: customers * 2, keepAliveTimeout: 30_000 }))
}

interface ShopWorkloads {
  /** One customer's full checkout: place an order of one unit, pay it. */
  checkout(worker: number): Promise<void>
  /** One plain product read. */
  read(): Promise<void>
}

async function json<T>(response: Promise<Response>, expected: number): Promise<T> {
  const reply = await response
  const body = await reply.text()
  if (reply.status !== expected) throw new Error(`${reply.status}: ${body.slice(0, 200)}`)
  return JSON.parse(body) as T
}

/** A product with plenty of stock and `customers` logged-in customers on the platform at `api`. */
async function prepareShop(api: string, adminPassword: string, customers: number): Promise<ShopWorkloads> {
  const post = (path: string, body: unknown, token?: string) =>
    fetch(`${api}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) })
  const login = async (email: string, password: string) => (await json<{ access_token: string }>(post('/api/auth/login', { email, password }), 200)).access_token

  const admin = await login('admin@bazaar.local', adminPassword)
  const product = await json<{ product_id: string }>(post('/api/products', { name: 'Bench Kettle', price: 25, stock: 1_000_000 }, admin), 201)
  await waitFor(async () => (await fetch(`${api}/api/inventory/${product.product_id}`)).status === 200, { what: 'stock' })
  // One after another: each registration and login burns a deliberately slow password hash.
  const tokens: string[] = []
  for (let i = 0; i < customers; i++) {
    const email = `bench-${i}-${Date.now()}@example.com`
    await json(post('/api/users', { email, password: 'correct horse battery' }), 201)
    tokens.push(await login(email, 'correct horse battery'))
  }
  return {
    async checkout(worker) {
      const token = tokens[worker]!
      const order = await json<{ order_id: string; total: number }>(post('/api/orders', { items: [{ product_id: product.product_id, quantity: 1 }] }, token), 201)
      await json(post('/api/payment', { order_id: order.order_id, amount: order.total, payment_method: 'credit_card', credit_card_number: '4242424242424242' }, token), 201)
    },
    async read() {
      await json(fetch(`${api}/api/products/${product.product_id}`), 200)
    },
  }
}

export interface ShopMeasured {
  reads: LoopResult
  checkouts: LoopResult
  /** CPU seconds the platform's process used in each measured run, when its pid was given. */
  cpuSeconds: { reads: number | undefined; checkouts: number | undefined }
}

async function withCpu(pid: number | undefined, run: () => Promise<LoopResult>): Promise<[LoopResult, number | undefined]> {
  const before = pid === undefined ? undefined : await treeCpuSeconds(pid)
  const result = await run()
  const after = pid === undefined ? undefined : await treeCpuSeconds(pid)
  return [result, before === undefined || after === undefined ? undefined : after - before]
}

/** Product reads, then checkouts, by `customers` for `seconds` each, after 3 s of each to warm up. */
export async function measure(gatewayUrl: string, adminPassword: string, customers: number, seconds: number, platformPid?: number): Promise<ShopMeasured> {
  const shop = await prepareShop(gatewayUrl, adminPassword, customers)
  await closedLoop(customers, 3, shop.checkout)
  await closedLoop(customers, 3, shop.read)
  const [reads, readsCpu] = await withCpu(platformPid, () => closedLoop(customers, seconds, shop.read))
  const [checkouts, checkoutsCpu] = await withCpu(platformPid, () => closedLoop(customers, seconds, shop.checkout))
  return { reads, checkouts, cpuSeconds: { reads: readsCpu, checkouts: checkoutsCpu } }
}

/** `measure` on the embedded platform as its own process (so its CPU is counted), stopped after. */
export async function measureEmbedded(customers: number, seconds: number): Promise<ShopMeasured> {
  const place = await workspace()
  try {
    const platform = await startPlatformProcess(place, benchSettings)
    const measured = await measure(platform.gatewayUrl, benchAdminPassword, customers, seconds, platform.pid)
    await platform.interrupt()
    return measured
  } finally {
    killStrays()
    await place.remove()
  }
}

export const resultHeader = `${'workload'.padEnd(34)} ${'rate'.padStart(10)} ${'p50'.padStart(10)} ${'p95'.padStart(10)} ${'p99'.padStart(10)} ${'errors'.padStart(7)}`

export function resultLine(name: string, result: LoopResult): string {
  const sorted = [...result.latenciesMs].sort((a, b) => a - b)
  const ms = (p: number) => `${percentile(sorted, p).toFixed(1)} ms`.padStart(10)
  return `${name.padEnd(34)} ${rate(result).toFixed(1).padStart(8)}/s ${ms(50)} ${ms(95)} ${ms(99)} ${String(result.errors).padStart(7)}`
}

export function rate(result: LoopResult): number {
  return result.iterations / result.seconds
}

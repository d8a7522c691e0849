/**
 * The full checkout (place an order, pay it) at 32 concurrent customers on the embedded
 * platform, next to plain product reads at the same concurrency, in one run.
 * Run: npm run bench:checkout   (BENCH_SECONDS, default 20 per workload)
 */
import { cpus } from 'node:os'
import { Agent, setGlobalDispatcher } from 'undici'
import { killStrays, startPlatformProcess, workspace } from '@bazaar/cli/testing'
import { waitFor } from '@bazaar/kit/testing'
import { closedLoop, percentile, type LoopResult } from './support/closed-loop.ts'

const customers = 32
const seconds = Number(process.env.BENCH_SECONDS ?? 20)
const adminPassword = 'admin-password-for-the-bench'
setGlobalDispatcher(new Agent({ connections: customers * 2, keepAliveTimeout: 30_000 }))

async function json<T>(response: Promise<Response>, expected: number): Promise<T> {
  const reply = await response
  const body = await reply.text()
  if (reply.status !== expected) throw new Error(`${reply.status}: ${body.slice(0, 200)}`)
  return JSON.parse(body) as T
}

function line(name: string, result: LoopResult): string {
  const sorted = [...result.latenciesMs].sort((a, b) => a - b)
  const rate = result.iterations / result.seconds
  const ms = (p: number) => `${percentile(sorted, p).toFixed(1)} ms`.padStart(10)
  return `${name.padEnd(30)} ${rate.toFixed(1).padStart(8)}/s ${ms(50)} ${ms(95)} ${ms(99)} ${String(result.errors).padStart(7)}`
}

const place = await workspace()
process.once('SIGINT', () => { killStrays(); process.exit(130) })
try {
  const platform = await startPlatformProcess(place, { ADMIN_PASSWORD: adminPassword, LOG_LEVEL: 'warn', SEED_DEMO: 'false', RATE_LIMIT_MAX: '100000000', LOGIN_RATE_LIMIT_MAX: '100000' })
  const api = platform.gatewayUrl
  const post = (path: string, body: unknown, token: string) =>
    fetch(`${api}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) })
  const login = async (email: string, password: string) =>
    (await json<{ access_token: string }>(fetch(`${api}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) }), 200)).access_token

  const admin = await login('admin@bazaar.local', adminPassword)
  const product = await json<{ product_id: string }>(post('/api/products', { name: 'Bench Kettle', price: 25, stock: 1_000_000 }, admin), 201)
  await waitFor(async () => (await fetch(`${api}/api/inventory/${product.product_id}`)).status === 200, { what: 'stock' })
  // One after another: each registration and login burns a deliberately slow password hash.
  const tokens: string[] = []
  for (let i = 0; i < customers; i++) {
    const email = `bench-${i}-${Date.now()}@example.com`
    await json(fetch(`${api}/api/users`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'correct horse battery' }) }), 201)
    tokens.push(await login(email, 'correct horse battery'))
  }

  const checkout = async (worker: number) => {
    const token = tokens[worker]!
    const order = await json<{ order_id: string; total: number }>(post('/api/orders', { items: [{ product_id: product.product_id, quantity: 1 }] }, token), 201)
    await json(post('/api/payment', { order_id: order.order_id, amount: order.total, payment_method: 'credit_card', credit_card_number: '4242424242424242' }, token), 201)
  }
  const read = async () => { await json(fetch(`${api}/api/products/${product.product_id}`), 200) }

  await closedLoop(customers, 3, checkout)
  await closedLoop(customers, 3, read)
  const reads = await closedLoop(customers, seconds, read)
  const checkouts = await closedLoop(customers, seconds, checkout)
  await platform.interrupt()

  const checkoutP95 = percentile([...checkouts.latenciesMs].sort((a, b) => a - b), 95)
  console.log(`\nBazaar checkout benchmark: embedded mode, ${customers} concurrent customers, ${seconds} s per workload`)
  console.log(`machine: ${cpus().length} cores, shared by the platform (one process) and this load generator\n`)
  console.log(`${'workload'.padEnd(30)} ${'rate'.padStart(10)} ${'p50'.padStart(10)} ${'p95'.padStart(10)} ${'p99'.padStart(10)} ${'errors'.padStart(7)}`)
  console.log(line('GET /api/products/{id}', reads))
  console.log(line('checkout (order + payment)', checkouts))
  console.log(`\ncheckout p95: ${checkoutP95.toFixed(1)} ms (target < 100 ms): ${checkoutP95 < 100 ? 'MET' : 'SHORT'}`)
  console.log(`checkouts per second / product reads per second: ${((checkouts.iterations / checkouts.seconds) / (reads.iterations / reads.seconds)).toFixed(3)}`)
} finally {
  killStrays()
  await place.remove()
}

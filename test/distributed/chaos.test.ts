import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { isReady, type ServiceProcess } from '@bazaar/cli'
import { missingServers, servers, startRedisServer, tcpProxy, waitFor, type RedisServer, type TcpProxy } from '@bazaar/kit/testing'
import { startDistributedShop, type DistributedShop } from '../support/distributed-shop.ts'
import { checkoutLoad, type CheckoutLoad, type LoadRequest } from '../support/checkout-load.ts'
import { attribute, type FaultWindow } from '../support/fault-windows.ts'
import { gatewayProbes, type Probe } from '../support/gateway-probes.ts'
import { assertSettled } from '../support/settlement.ts'
import type { Inventory, Product } from '../support/shapes.ts'

const skip = await missingServers(['postgres', 'amqp'])
/** CHAOS_SEED replays a run: the same processes are killed (users and three others), in the same order among the outages. */
const seed = Number(process.env.CHAOS_SEED ?? Date.now() % 2 ** 31)
const kills = 4
const outageMs = 5000
/**
 * A fault's window closes this long after every process answers /ready again: a request may
 * fail while the platform heals, and must not once it has.
 */
const graceMs = 2000
const recoveryLimitMs = 2000
/**
 * No request through the gateway needs dispatch: its probe is an order paid while it was down
 * reaching `shipped`, which also waits for the parcels paid before it, and for two more event
 * hops. That figure is reported against a bound of its own.
 */
const dispatchRecoveryLimitMs = 10_000
const initialStock = 5000
let broker: TcpProxy
let redis: RedisServer
let shop: DistributedShop

before(async () => {
  if (skip) return
  // Every process reaches RabbitMQ through this proxy, and a Redis of this test's own: cutting
  // the one and freezing the other are the outages.
  broker = await tcpProxy(servers.amqp)
  redis = await startRedisServer()
  shop = await startDistributedShop({
    replicas: { orders: 2, payments: 2 },
    // Orders a killed request left unpaid are cancelled within seconds (after the broker
    // outage, so those it held up are paid first), and a payment a killed replica left
    // processing settles within seconds: the test sees every order settle. Dispatch looks for
    // due parcels as often as the other sweeps of the tests, so its probe times the restart,
    // not the poll.
    env: {
      AMQP_URL: broker.url,
      REDIS_URL: redis.url,
      ORDERS_RESERVATION_TTL_MS: '10000',
      ORDERS_SWEEP_INTERVAL_MS: '200',
      ORDERS_PENDING_LEASE_MS: '1000',
      PAYMENTS_PAYMENT_STUCK_AFTER_MS: '2000',
      DISPATCH_DISPATCH_POLL_INTERVAL_MS: '100',
    },
  })
})
after(async () => {
  broker?.refuse(false)
  redis?.resume()
  await shop?.stop()
  await broker?.close()
  await redis?.stop()
})

/** mulberry32: a few lines, and the same sequence for the same seed. */
function seededRandom(state: number): () => number {
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
  }
  return copy
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`

interface Fault {
  name: string
  /** Plays the fault and answers once the platform is whole again (every process ready). */
  play(): Promise<void>
}

test('when processes are killed, RabbitMQ is cut and Redis freezes, one at a time under a checkout load, then only requests inside the faults fail, the gateway routes to each restarted service within 2 s of its readiness, every order settles once and no dead letter is left', { skip, timeout: 240_000 }, async (t) => {
  const admin = await shop.adminToken()
  const created = await shop.api.post<Product>('/api/products', { name: `Chaos ${Date.now()}`, price: 4.5, stock: initialStock }, { token: admin })
  assert.equal(created.status, 201, created.text)
  const productId = created.body.product_id
  await waitFor(async () => (await shop.api.get<Inventory>(`/api/inventory/${productId}`)).body.quantity === initialStock, { what: 'the initial stock' })
  const probeOf = await gatewayProbes(shop.api, productId)
  const customers = await Promise.all(Array.from({ length: 4 }, (_, i) => shop.api.customer(`Chaos${i}`)))

  const random = seededRandom(seed)
  // Users always goes down once: notifications look each customer up there while the load's
  // events flow, and an outage of it must cost no delivery attempts and leave no dead letter.
  const users = shop.platform.replicas('users')[0]!
  const victims = [users, ...shuffled(shop.platform.processes.filter((entry) => entry !== users), random).slice(0, kills - 1)]
  const recoveries: string[] = []
  const recoveryMs = new Map<string, { ms: number; limitMs: number }>()

  const killing = (victim: ServiceProcess): Fault => ({
    name: `kill ${victim.name}`,
    async play() {
      const restarts = victim.child.restarts
      victim.child.kill('SIGKILL')
      const killedAt = Date.now()
      const probe: Probe = probeOf(victim.service)
      await waitFor(() => victim.child.restarts > restarts, { timeoutMs: 30_000, what: `the supervisor to start ${victim.name} again` })
      const readyAt = await waitFor(async () => (await isReady(victim.url)) ? Date.now() : undefined, { timeoutMs: 60_000, what: `${victim.name} to be ready again` })
      const recoveredAt = await waitFor(async () => (await probe()) ? Date.now() : undefined, { timeoutMs: 30_000, what: `a request through the gateway that needs ${victim.service}` })
      recoveryMs.set(victim.name, { ms: recoveredAt - readyAt, limitMs: victim.service === 'dispatch' ? dispatchRecoveryLimitMs : recoveryLimitMs })
      recoveries.push(`${victim.name}: ready ${seconds(readyAt - killedAt)} after the kill, served through the gateway ${recoveredAt - readyAt} ms after ready`)
      await shop.platform.ready(60_000)
    },
  })
  const brokerStop: Fault = {
    name: 'RabbitMQ unreachable',
    async play() {
      const from = Date.now()
      broker.refuse(true)
      broker.drop()
      await waitFor(async () => Date.now() - from >= outageMs && !(await isReady(shop.url('orders'))), { timeoutMs: 30_000, what: 'the outage to last and orders to notice it' })
      broker.refuse(false)
      await shop.platform.ready(60_000)
    },
  }
  const cachePause: Fault = {
    name: 'Redis frozen',
    async play() {
      const from = Date.now()
      redis.pause()
      const cart = probeOf('cart')
      // The cart keeps its lines in Redis: it cannot answer while Redis hangs.
      await waitFor(async () => Date.now() - from >= outageMs && !(await cart()), { timeoutMs: 30_000, what: 'the pause to last and the cart to feel it' })
      redis.resume()
      await shop.platform.ready(60_000)
    },
  }
  const faults = shuffled([...victims.map(killing), brokerStop, cachePause], random)
  t.diagnostic(`seed ${seed} (CHAOS_SEED=${seed} replays it): ${faults.map((fault) => fault.name).join(', ')}`)

  const load: CheckoutLoad = checkoutLoad(shop.api, customers, productId)
  const startedAt = Date.now()
  /** Waits until `count` requests sent after `since` have been answered: the load ran clean for a while. */
  const loadRuns = (since: number, count: number, what: string) =>
    waitFor(() => load.requests().filter((request) => request.sentAt >= since).length >= count, { timeoutMs: 60_000, what })
  await loadRuns(startedAt, 20, 'the load to run before the first fault')
  const windows: FaultWindow[] = []
  for (const fault of faults) {
    const from = Date.now()
    await fault.play()
    const window = { fault: fault.name, from, to: Date.now() + graceMs }
    windows.push(window)
    await loadRuns(window.to, 20, `the load to run after ${fault.name}`)
  }
  const report = await load.stop()

  const split = attribute(report.requests, windows)
  const at = (request: LoadRequest): string => `${request.call} sent at +${seconds(request.sentAt - startedAt)}, answered ${request.status} after ${request.answeredAt - request.sentAt} ms: ${request.problem?.slice(0, 300)}`
  for (const { window, requests, failed } of split.perWindow) {
    const counts = new Map<string, number>()
    for (const request of failed) counts.set(`${request.call} ${request.status}`, (counts.get(`${request.call} ${request.status}`) ?? 0) + 1)
    const statuses = [...counts].map(([answer, count]) => `${answer} ×${count}`).join(', ')
    t.diagnostic(`${window.fault}: window +${seconds(window.from - startedAt)} to +${seconds(window.to - startedAt)} (${seconds(window.to - window.from)}, ${graceMs} ms grace included), ${failed.length} of ${requests} requests failed${statuses ? ` (${statuses})` : ''}`)
  }
  for (const line of recoveries) t.diagnostic(line)
  t.diagnostic(`requests failed inside the fault windows: ${split.failedInside.length} of ${split.inside.length}; outside them: ${split.failedOutside.length} of ${split.outside.length}`)
  t.diagnostic(`answers by status: ${JSON.stringify(Object.fromEntries(report.statuses))}; ${report.orders.length} orders acknowledged in ${seconds(Date.now() - startedAt)}`)
  for (const request of split.failedOutside) t.diagnostic(`failed outside the windows: ${at(request)}`)

  const orders = await assertSettled(shop.api, admin, { productId, initialStock, paymentsDatabase: shop.platform.databases.get('payments')! })
  const held = new Set(orders.map((order) => order.order_id))
  assert.deepEqual(report.orders.filter((id) => !held.has(id)), [], 'every acknowledged order is there')
  const deadLetters = await shop.deadLetters()
  const deadLetterCount = Object.values(deadLetters).reduce((sum, depth) => sum + depth, 0)
  t.diagnostic(`dead letters at the end: ${deadLetterCount}`)

  assert.ok(split.outside.length >= 20 * (faults.length + 1), 'the load ran between the faults')
  assert.deepEqual(split.failedOutside.map(at), [], 'no request failed outside the fault windows')
  for (const [name, { ms, limitMs }] of recoveryMs) assert.ok(ms <= limitMs, `${name} served through the gateway ${ms} ms after it was ready; ${limitMs} ms at most`)
  assert.equal(deadLetterCount, 0, `dead letters: ${JSON.stringify(deadLetters)}`)
})

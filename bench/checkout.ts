/**
 * The full checkout (place an order, pay it) at 32 concurrent customers on the embedded
 * platform, next to plain product reads at the same concurrency, in one run.
 * Run: npm run bench:checkout   (BENCH_SECONDS, default 20 per workload)
 */
import { cpus } from 'node:os'
import { Agent, setGlobalDispatcher } from 'undici'
import { killStrays, startPlatformProcess, workspace } from '@bazaar/cli/testing'
import { percentile } from './support/closed-loop.ts'
import { measure, rate, resultHeader, resultLine } from './support/shop-workloads.ts'

const customers = 32
const seconds = Number(process.env.BENCH_SECONDS ?? 20)
const adminPassword = 'admin-password-for-the-bench'
setGlobalDispatcher(new Agent({ connections: customers * 2, keepAliveTimeout: 30_000 }))

const place = await workspace()
process.once('SIGINT', () => { killStrays(); process.exit(130) })
try {
  const platform = await startPlatformProcess(place, { ADMIN_PASSWORD: adminPassword, LOG_LEVEL: 'warn', SEED_DEMO: 'false', RATE_LIMIT_MAX: '100000000', LOGIN_RATE_LIMIT_MAX: '100000' })
  const { reads, checkouts } = await measure(platform.gatewayUrl, adminPassword, customers, seconds)
  await platform.interrupt()

  const checkoutP95 = percentile([...checkouts.latenciesMs].sort((a, b) => a - b), 95)
  console.log(`\nBazaar checkout benchmark: embedded mode, ${customers} concurrent customers, ${seconds} s per workload`)
  console.log(`machine: ${cpus().length} cores, shared by the platform (one process) and this load generator\n`)
  console.log(resultHeader)
  console.log(resultLine('GET /api/products/{id}', reads))
  console.log(resultLine('checkout (order + payment)', checkouts))
  console.log(`\ncheckout p95: ${checkoutP95.toFixed(1)} ms (target < 100 ms): ${checkoutP95 < 100 ? 'MET' : 'SHORT'}`)
  console.log(`checkouts per second / product reads per second: ${(rate(checkouts) / rate(reads)).toFixed(3)}`)
} finally {
  killStrays()
  await place.remove()
}

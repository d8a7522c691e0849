/**
 * The full checkout (place an order, pay it) at 32 concurrent customers on the embedded
 * platform, next to plain product reads at the same concurrency, in one run; then what the
 * platform's CPU per checkout says about the latency target, against a PGlite baseline
 * measured in the same run.
 * Run: npm run bench:checkout   (BENCH_SECONDS, default 20 per workload)
 */
import { cpus } from 'node:os'
import { killStrays } from '@bazaar/cli/testing'
import { percentile } from './support/closed-loop.ts'
import { pgliteTransactionMicros } from './support/pglite-baseline.ts'
import { measureEmbedded, rate, resultHeader, resultLine, useBenchAgent } from './support/shop-workloads.ts'

const customers = 32
const targetP95Ms = 100
const seconds = Number(process.env.BENCH_SECONDS ?? 20)
useBenchAgent(customers)

process.once('SIGINT', () => { killStrays(); process.exit(130) })
const measured = await measureEmbedded(customers, seconds)
// Measured once the platform has stopped, so the two do not share the machine.
const transactionMicros = await pgliteTransactionMicros()

const { reads, checkouts, cpuSeconds } = measured
const checkoutP95 = percentile([...checkouts.latenciesMs].sort((a, b) => a - b), 95)
console.log(`\nBazaar checkout benchmark: embedded mode, ${customers} concurrent customers, ${seconds} s per workload`)
console.log(`machine: ${cpus().length} cores, shared by the platform (one process) and this load generator\n`)
console.log(resultHeader)
console.log(resultLine('GET /api/products/{id}', reads))
console.log(resultLine('checkout (order + payment)', checkouts))
console.log(`\ncheckout p95: ${checkoutP95.toFixed(1)} ms (target < ${targetP95Ms} ms): ${checkoutP95 < targetP95Ms ? 'MET' : 'SHORT'}`)
console.log(`checkouts per second / product reads per second: ${(rate(checkouts) / rate(reads)).toFixed(3)}`)

if (cpuSeconds.checkouts !== undefined && cpuSeconds.reads !== undefined) {
  const perCheckoutMs = (cpuSeconds.checkouts * 1000) / checkouts.iterations
  const perReadMs = (cpuSeconds.reads * 1000) / reads.iterations
  // Little's law for a closed loop without think time: customers = throughput x mean latency.
  const neededRate = customers / (targetP95Ms / 1000)
  const budgetMs = 1000 / neededRate
  console.log(`\nplatform CPU per checkout: ${perCheckoutMs.toFixed(2)} ms (its order, payment and every event they cause), per product read: ${perReadMs.toFixed(3)} ms`)
  console.log(`platform process busy during checkouts: ${(cpuSeconds.checkouts / checkouts.seconds).toFixed(2)} cores (its services and PGlite share one JavaScript thread)`)
  console.log(`the target needs at least ${neededRate.toFixed(0)} checkouts/s: ${(neededRate * perCheckoutMs / 1000).toFixed(1)} cores at today's CPU per checkout, or ${budgetMs.toFixed(2)} ms per checkout on one thread`)
  console.log(`baseline, same run: one PGlite transaction with one primary-key read takes ${transactionMicros.toFixed(0)} µs; ${budgetMs.toFixed(2)} ms holds ${Math.floor((budgetMs * 1000) / transactionMicros)} of them`)
}

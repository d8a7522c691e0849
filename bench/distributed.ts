/**
 * What real infrastructure costs: the same checkout and browse workloads against the embedded
 * mode (one process, PGlite) and the distributed mode (one process per service on PostgreSQL,
 * RabbitMQ and Redis), in one run on the same machine.
 * Run: npm run bench:distributed   (BENCH_SECONDS, default 15 per workload; BENCH_CUSTOMERS, default 32)
 */
import { randomUUID } from 'node:crypto'
import { cpus } from 'node:os'
import { startDistributedPlatform } from '@bazaar/cli'
import { deleteRabbitTopology, deleteRedisKeys } from '@bazaar/kit'
import { consumedEvents, loadTopology } from '@bazaar/topology'
import type { LoopResult } from './support/closed-loop.ts'
import { benchAdminPassword, benchSettings, measure, measureEmbedded, rate, resultHeader, resultLine, useBenchAgent, type ShopMeasured } from './support/shop-workloads.ts'

const customers = Number(process.env.BENCH_CUSTOMERS ?? 32)
const seconds = Number(process.env.BENCH_SECONDS ?? 15)
useBenchAgent(customers)

async function distributed(): Promise<ShopMeasured> {
  const topologyFile = new URL('../topology.yaml', import.meta.url).pathname
  const run = `bench${randomUUID().slice(0, 8)}`
  const topology = await loadTopology(topologyFile)
  const prefix = `${run}.`
  const platform = await startDistributedPlatform({
    topology,
    topologyFile,
    env: { ...process.env, ...benchSettings, AMQP_PREFIX: prefix, REDIS_PREFIX: prefix },
    randomPorts: true,
    databasePrefix: `${run}_`,
    dropDatabasesOnStop: true,
    onExit: (name, how) => console.error(`${name} exited (${how})`),
  })
  try {
    return await measure(platform.url('gateway'), benchAdminPassword, customers, seconds)
  } finally {
    await platform.stop()
    await deleteRabbitTopology(process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672', { prefix, queues: consumedEvents(topology) })
    await deleteRedisKeys(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', prefix)
  }
}

const results = { embedded: await measureEmbedded(customers, seconds), distributed: await distributed() }

console.log(`\nBazaar: embedded vs distributed mode, ${customers} concurrent customers, ${seconds} s per workload`)
console.log(`machine: ${cpus().length} cores, shared by the platform, its servers and this load generator\n`)
console.log(resultHeader)
for (const [mode, measured] of Object.entries(results)) {
  console.log(resultLine(`${mode}: GET /api/products/{id}`, measured.reads))
  console.log(resultLine(`${mode}: checkout (order + payment)`, measured.checkouts))
}
const ratio = (pick: (measured: ShopMeasured) => LoopResult) => (rate(pick(results.distributed)) / rate(pick(results.embedded))).toFixed(2)
console.log(`\ndistributed / embedded throughput: product reads ${ratio((m) => m.reads)}x, checkouts ${ratio((m) => m.checkouts)}x`)

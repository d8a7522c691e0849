import { Gauge, type Registry } from 'prom-client'
import type { Bus, QueueDepth } from '../bus/bus.ts'
import type { Db } from '../db/db.ts'

const pendingSql = `select count(*)::int as pending,
  coalesce(extract(epoch from clock_timestamp() - min(created_at)), 0)::float8 as oldest_seconds
from outbox where published_at is null`

interface Pending {
  pending: number
  oldest_seconds: number
}

/**
 * A gauge read when /metrics is scraped. While its source cannot answer (database or broker
 * down) it is left out of the scrape, as Prometheus expects of a value nobody knows, instead of
 * failing the whole scrape.
 */
function readOnScrape<L extends string>(registry: Registry, name: string, help: string, labelNames: readonly L[], read: (gauge: Gauge<L>) => Promise<void>): void {
  new Gauge<L>({
    name,
    help,
    labelNames,
    registers: [registry],
    async collect() {
      this.reset()
      await read(this).catch(() => undefined)
    },
  })
}

/**
 * DESIGN 7's flow metrics: how far the outbox is behind (events committed, not yet published),
 * and how many messages wait in the queues this service's consumers take from, and how many
 * are dead letters. Both are read from their source at each scrape.
 */
export function registerFlowMetrics(registry: Registry, sources: { outboxDb?: Db | undefined; bus?: Bus | undefined }): void {
  const { outboxDb, bus } = sources
  if (outboxDb) {
    const pending = async () => (await outboxDb.query<Pending & Record<string, unknown>>(pendingSql))[0]
    readOnScrape(registry, 'outbox_events_pending', 'Events committed to the outbox and not yet published.', [], async (gauge) => {
      gauge.set((await pending())?.pending ?? 0)
    })
    readOnScrape(registry, 'outbox_oldest_pending_seconds', 'Age of the oldest event not yet published (0 when none waits): the outbox lag.', [], async (gauge) => {
      gauge.set((await pending())?.oldest_seconds ?? 0)
    })
  }
  if (bus) {
    const each = async (gauge: Gauge<'queue'>, value: (depth: QueueDepth) => number) => {
      for (const depth of await bus.depths()) gauge.set({ queue: depth.queue }, value(depth))
    }
    readOnScrape(registry, 'bus_messages_waiting', 'Messages in a queue this service consumes that no handler holds: the consumer lag.', ['queue'], (gauge) => each(gauge, (depth) => depth.waiting))
    readOnScrape(registry, 'bus_dead_letters', 'Messages a consumer of this service gave up on, waiting to be looked at or replayed (bazaar dlq).', ['queue'], (gauge) => each(gauge, (depth) => depth.deadLetters))
  }
}

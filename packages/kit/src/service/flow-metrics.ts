import type { Registry } from 'prom-client'
import type { Bus, QueueDepth } from '../bus/bus.ts'
import type { Db } from '../db/db.ts'
import { scrapedGauge, sharedWhileRunning } from './scraped-gauge.ts'

const pendingSql = `select count(*)::int as pending,
  coalesce(extract(epoch from clock_timestamp() - min(created_at)), 0)::float8 as oldest_seconds
from outbox where published_at is null`

interface Pending {
  pending: number
  oldest_seconds: number
}

/**
 * The flow metrics (docs/architecture.md#7-observability): how far the outbox is behind (events committed, not yet published),
 * and how many messages wait in the queues this service's consumers take from, and how many
 * are dead letters. Both are read from their source at each scrape.
 */
export function registerFlowMetrics(registry: Registry, sources: { outboxDb?: Db | undefined; bus?: Bus | undefined }): void {
  const { outboxDb, bus } = sources
  if (outboxDb) {
    const pending = sharedWhileRunning(async () => (await outboxDb.query<Pending & Record<string, unknown>>(pendingSql))[0])
    scrapedGauge(registry, { name: 'outbox_events_pending', help: 'Events committed to the outbox and not yet published (read from the database: every replica reports the same figure).' }, async (gauge) => {
      gauge.set((await pending())?.pending ?? 0)
    })
    scrapedGauge(registry, { name: 'outbox_oldest_pending_seconds', help: 'Age of the oldest event not yet published (0 when none waits): the outbox lag (every replica reports the same figure).' }, async (gauge) => {
      gauge.set((await pending())?.oldest_seconds ?? 0)
    })
  }
  if (bus) {
    const depths = sharedWhileRunning(() => bus.depths())
    const each = async (gauge: { set(labels: { queue: string }, value: number): void }, value: (depth: QueueDepth) => number) => {
      for (const depth of await depths()) gauge.set({ queue: depth.queue }, value(depth))
    }
    scrapedGauge(registry, { name: 'bus_messages_waiting', help: 'Messages in a queue this service consumes that no handler holds: the consumer lag (read from the broker: every replica reports the same figure).', labelNames: ['queue'] }, (gauge) => each(gauge, (depth) => depth.waiting))
    scrapedGauge(registry, { name: 'bus_dead_letters', help: 'Messages a consumer of this service gave up on, waiting to be looked at or replayed with bazaar dlq (every replica reports the same figure).', labelNames: ['queue'] }, (gauge) => each(gauge, (depth) => depth.deadLetters))
  }
}

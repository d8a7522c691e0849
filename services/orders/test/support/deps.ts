import { commitHooks, createLogger, envelope, type Db } from '@bazaar/kit'
import type { OrdersDeps, Settings } from '../../src/domain/ports.ts'
import { ordersMetrics } from '../../src/metrics.ts'
import { placementKeys } from '../../src/routes/placement-answer.ts'
import { fakeCart, fakeCatalog, fakeInventory, fakeShipping } from './fake-upstreams.ts'

export const defaultSettings: Settings = {
  taxRatePercent: 8,
  reservationTtlMs: 60_000,
  pendingLeaseMs: 60_000,
  idempotencyKeyTtlMs: 60_000,
  idempotencyWaitMs: 5000,
  idempotencyPollMs: 5,
  sweepIntervalMs: 1000,
}

export const products = [
  { productId: '1', name: 'Laptop', price: 99_999, currency: 'USD', weightGrams: 2000 },
  { productId: '2', name: 'Mouse', price: 2_999, currency: 'USD', weightGrams: 100 },
]

/**
 * The domain's dependencies on a real database, with in-process upstreams. Events go to the
 * real outbox table (nothing relays them here: tests read the rows). Its metrics are its own,
 * read with `counted` (./metrics.ts); a transaction that counts must be opened through `deps`.
 */
export function testDeps(db: Db, overrides: Partial<Omit<OrdersDeps, 'settings'>> & { settings?: Partial<Settings> } = {}): OrdersDeps {
  const { settings, ...rest } = overrides
  const commits = commitHooks()
  return {
    db: commits.wrapDb(db),
    transaction: commits.wrap((work) => db.transaction(work)),
    afterCommit: commits.afterCommit,
    async publish(tx, event) {
      const created = envelope('orders', event)
      await tx.query('insert into outbox (id, type, envelope) values ($1, $2, $3)', [created.id, created.type, created])
    },
    catalog: fakeCatalog(products),
    shipping: fakeShipping(),
    cart: fakeCart({}),
    inventory: fakeInventory({ 1: 10, 2: 10 }),
    keys: placementKeys,
    settings: { ...defaultSettings, ...settings },
    metrics: ordersMetrics(),
    log: createLogger('orders', 'silent'),
    ...rest,
  }
}

/** The events the domain wrote to the outbox, oldest first. */
export async function outboxEvents(db: Db, type?: string): Promise<{ type: string; data: Record<string, unknown> }[]> {
  const rows = await db.query<{ envelope: { type: string; data: Record<string, unknown> } }>(
    'select envelope from outbox where $1::text is null or type = $1 order by created_at',
    [type ?? null],
  )
  return rows.map((row) => ({ type: row.envelope.type, data: row.envelope.data }))
}

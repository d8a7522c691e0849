import { OrderCancelled, OrderCreated, OrderDelivered, OrderPaid, OrderShipped } from '@bazaar/contracts'
import { defineService } from '@bazaar/kit'
import { config } from './config.ts'
import { payments } from './consumers/payments.ts'
import { shipments } from './consumers/shipments.ts'
import { deps } from './deps.ts'
import { expiryJob } from './jobs/expiry.ts'
import { idempotencyKeysJob } from './jobs/idempotency-keys.ts'
import { recoveryJob } from './jobs/recovery.ts'
import { routes } from './routes/routes.ts'

/** Orders and the checkout saga: pending -> stock reserved -> awaiting payment -> paid -> shipped -> delivered. */
export const service = defineService({
  name: 'orders',
  description: 'Orders and the checkout saga: prices, shipping and tax, stock reservations, payment and shipment events.',
  config,
  uses: { db: true, bus: true },
  calls: ['cart', 'catalog', 'inventory', 'shipping'],
  publishes: [OrderCreated, OrderPaid, OrderCancelled, OrderShipped, OrderDelivered],
  migrations: new URL('../migrations/', import.meta.url),
  deps,
  routes,
  consumers: [payments, shipments],
  jobs: (deps) => [recoveryJob(deps), expiryJob(deps), idempotencyKeysJob(deps)],
})

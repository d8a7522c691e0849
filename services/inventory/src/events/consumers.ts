import { consume } from '@bazaar/kit'
import type { InventoryContext } from '../context.ts'
import type { InventoryDeps } from '../domain/inventory-deps.ts'
import { onOrderSettled, orderEventTypes } from './order-settled.ts'
import { onProductCreated } from './product-created.ts'

/** Subscribes the service's idempotent consumers (inbox in the handler's transaction). */
export async function startConsumers(ctx: InventoryContext, deps: InventoryDeps): Promise<void> {
  // Handlers write inventory.* events: the kicked outbox publishes them right after the commit.
  const common = { db: ctx.db, outbox: ctx.outbox, bus: ctx.bus, service: ctx.name }
  await consume({ ...common, consumer: 'inventory.products', types: ['product.created'], handle: onProductCreated(deps.announce) })
  await consume({ ...common, consumer: 'inventory.orders', types: orderEventTypes, handle: onOrderSettled(deps.announce, ctx.log) })
}

import { toMinor, type ServiceContext } from '@bazaar/kit'
import type { config } from './config.ts'
import type { DeliveryDeps } from './domain/deliveries.ts'

export type ShippingContext = ServiceContext<typeof config, { db: true; bus: true }, never>

export interface ShippingDeps extends DeliveryDeps {
  /** Simulated carrier: time from dispatch to delivery. */
  deliveryDelayMs: number
  deliveryPollIntervalMs: number
  /** Subtotal (minor units) from which standard shipping is free. */
  freeShippingOver: number
}

/** Built once per running service. */
export function deps(ctx: ShippingContext): ShippingDeps {
  return {
    db: ctx.db,
    outbox: ctx.outbox,
    transaction: ctx.transaction,
    deliveryDelayMs: ctx.config.DELIVERY_DELAY_MS,
    deliveryPollIntervalMs: ctx.config.DELIVERY_POLL_INTERVAL_MS,
    freeShippingOver: toMinor(ctx.config.FREE_SHIPPING_OVER),
  }
}

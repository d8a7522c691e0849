import type { RedeliveryOptions } from '../bus/redelivery.ts'
import type { BaseSettings } from './runtime.ts'

/** The bus's redelivery policy from a service's settings, the same in either mode. */
export function busRedelivery(settings: BaseSettings): RedeliveryOptions {
  return {
    redeliveryDelayMs: settings.BUS_REDELIVERY_DELAY_MS,
    maxRedeliveryDelayMs: settings.BUS_MAX_REDELIVERY_DELAY_MS,
    outageRetryMs: settings.BUS_OUTAGE_RETRY_MS,
  }
}

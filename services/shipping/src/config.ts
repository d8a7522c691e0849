import { setting, type Setting } from '@bazaar/kit'

/** A decimal amount such as `49.99`: the kit has integer settings only. */
function decimalAmount(fallback: number, doc: string): Setting<number> {
  return {
    type: 'decimal amount',
    default: fallback,
    doc,
    secret: false,
    parse(raw) {
      if (!/^\d{1,9}(\.\d{1,2})?$/.test(raw.trim())) throw new Error('a decimal amount such as 50 or 49.99')
      return Number(raw)
    },
  }
}

/** The shipping service's own settings, on top of the base ones every service has. */
export const config = {
  FREE_SHIPPING_OVER: decimalAmount(50, 'Subtotal from which standard shipping is free (decimal, in the order\'s currency).'),
  DELIVERY_DELAY_MS: setting.integer(60_000, 'Simulated carrier: time from dispatch to delivery.', { min: 0 }),
  DELIVERY_POLL_INTERVAL_MS: setting.integer(1000, 'How often deliveries that fell due are looked for.', { min: 10 }),
}

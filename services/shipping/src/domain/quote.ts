import { shippingMethods, tablePrice, transitDays, type ShippingMethod } from './rates.ts'
import { zoneOf } from './zones.ts'

export interface QuoteRequest {
  /** ISO 3166-1 alpha-2. */
  country: string
  weightGrams: number
  /** The order's subtotal in minor units, when known: standard shipping may be free. */
  subtotal?: number | undefined
}

export interface QuoteOption {
  method: ShippingMethod
  /** Minor units. */
  price: number
  days: number
}

export interface Quote {
  currency: string
  options: QuoteOption[]
}

/** Standard and express prices for a parcel; standard is free from `freeOver` (minor units). */
export function quote(request: QuoteRequest, freeOver: number): Quote {
  const zone = zoneOf(request.country)
  const free = request.subtotal !== undefined && request.subtotal >= freeOver
  return {
    currency: 'USD',
    options: shippingMethods.map((method) => ({
      method,
      price: method === 'standard' && free ? 0 : tablePrice(zone, method, request.weightGrams),
      days: transitDays(zone, method),
    })),
  }
}

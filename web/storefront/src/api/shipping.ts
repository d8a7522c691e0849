import { request } from './client.ts'
import { queryString } from './http.ts'
import type { ShippingMethod } from './orders.ts'

export interface ShippingQuote {
  currency: string
  options: { method: ShippingMethod; price: number; days: number }[]
}

export interface Shipment {
  shipment_id: string
  order_id: string
  carrier: string
  tracking_number: string
  status: string
  events: { status: string; description: string; at: string }[]
}

export function quoteShipping(parcel: { country: string; weight_grams: number; subtotal: number }, signal?: AbortSignal): Promise<ShippingQuote> {
  return request(`/shipping/quote${queryString({ ...parcel })}`, { signal })
}

export function getShipment(orderId: string, signal?: AbortSignal): Promise<Shipment> {
  return request(`/shipments/${encodeURIComponent(orderId)}`, { signal })
}

import { request } from './client.ts'
import type { paths } from './generated/shipping.ts'
import { queryString } from './http.ts'
import type { JsonBody } from './json-body.ts'

export type ShippingQuote = JsonBody<paths['/shipping/quote']['get']>
export type Shipment = JsonBody<paths['/shipments/{order_id}']['get']>

export function quoteShipping(parcel: { country: string; weight_grams: number; subtotal: number }, signal?: AbortSignal): Promise<ShippingQuote> {
  return request(`/shipping/quote${queryString({ ...parcel })}`, { signal })
}

export function getShipment(orderId: string, signal?: AbortSignal): Promise<Shipment> {
  return request(`/shipments/${encodeURIComponent(orderId)}`, { signal })
}

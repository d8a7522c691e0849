import { Type, type Static } from 'typebox'
import { fromMinor } from '@bazaar/kit'
import type { Quote } from '../domain/quote.ts'
import { shipmentStatuses, type ShipmentWithEvents } from '../domain/shipment.ts'
import { shippingMethods } from '../domain/rates.ts'

/** Schemas shared by the routes; each validates, types the handler and documents the API. */
export const closed = { additionalProperties: false } as const

export const Id = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$', description: 'an id as returned by this API' })

export const QuoteView = Type.Object({
  currency: Type.String(),
  options: Type.Array(Type.Object({
    method: Type.Enum(shippingMethods),
    price: Type.Number({ description: 'decimal, 0 when free' }),
    days: Type.Integer({ description: 'business days in transit' }),
  }, closed)),
}, closed)

export function quoteView(quote: Quote): Static<typeof QuoteView> {
  return { currency: quote.currency, options: quote.options.map((option) => ({ ...option, price: fromMinor(option.price) })) }
}

const Status = Type.Enum(shipmentStatuses)

export const ShipmentView = Type.Object({
  shipment_id: Id,
  order_id: Id,
  carrier: Type.String(),
  tracking_number: Type.String(),
  status: Status,
  events: Type.Array(Type.Object({ status: Status, description: Type.String(), at: Type.String({ format: 'date-time' }) }, closed)),
}, closed)

export function shipmentView(shipment: ShipmentWithEvents): Static<typeof ShipmentView> {
  return {
    shipment_id: shipment.shipmentId,
    order_id: shipment.orderId,
    carrier: shipment.carrier,
    tracking_number: shipment.trackingNumber,
    status: shipment.status,
    events: shipment.events.map((event) => ({ status: event.status, description: event.description, at: event.at.toISOString() })),
  }
}

export const bearer = [{ bearer: [] }]

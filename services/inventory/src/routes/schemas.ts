import { Type, type Static } from 'typebox'
import type { Reservation } from '../domain/reservation.ts'
import { reservationStatuses } from '../domain/reservation.ts'
import type { StockLevel } from '../domain/stock-level.ts'

/** Schemas shared by several routes; each validates, types the handler and documents the API. */
export const closed = { additionalProperties: false } as const

export const PathId = Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$', description: 'an id as other services return it' })

export const StockView = Type.Object({
  product_id: Type.String(),
  quantity: Type.Integer({ description: 'units that can be sold now (reserved ones not counted)' }),
  reserved: Type.Integer({ description: 'units held for orders awaiting payment' }),
}, closed)

export function stockView(level: StockLevel): Static<typeof StockView> {
  return { product_id: level.productId, quantity: level.quantity, reserved: level.reserved }
}

const LineView = Type.Object({ product_id: Type.String(), quantity: Type.Integer() }, closed)

export const ReservationView = Type.Object({
  order_id: Type.String(),
  status: Type.Enum(reservationStatuses),
  expires_at: Type.String({ format: 'date-time' }),
  items: Type.Array(LineView),
}, closed)

export function reservationView(reservation: Reservation): Static<typeof ReservationView> {
  return {
    order_id: reservation.orderId,
    status: reservation.status,
    expires_at: reservation.expiresAt.toISOString(),
    items: reservation.lines.map((line) => ({ product_id: line.productId, quantity: line.quantity })),
  }
}

export const bearer = [{ bearer: [] }]

import { Type, type Static } from 'typebox'
import type { Reservation } from '../domain/reservation.ts'
import { reservationStatuses } from '../domain/reservation.ts'
import type { StockLevel } from '../domain/stock-level.ts'

/** Schemas shared by several routes; each validates, types the handler and documents the API. */
export const closed = { additionalProperties: false } as const

const idPattern = '[A-Za-z0-9_-]{1,64}'

export const PathId = Type.String({ pattern: `^${idPattern}$`, description: 'an id as other services return it' })

/** The most products one batch read answers: a page of the storefront's cards is far fewer. */
export const maxBatch = 100

export const ProductIdList = Type.String({
  pattern: `^${idPattern}(,${idPattern})*$`,
  maxLength: maxBatch * 65,
  description: `comma-separated product ids, at most ${maxBatch} different ones`,
})

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

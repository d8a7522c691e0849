import { Type } from 'typebox'
import { authenticate, type ServiceApp } from '@bazaar/kit'
import type { ShippingContext } from '../context.ts'
import { readShipment } from '../domain/shipments.ts'
import { bearer, closed, Id, ShipmentView, shipmentView } from './schemas.ts'

const ShipmentParams = Type.Object({ order_id: Id }, closed)

export function shipmentRoutes(app: ServiceApp, ctx: ShippingContext): void {
  app.get('/shipments/:order_id', {
    onRequest: authenticate(ctx.verifier),
    schema: {
      summary: 'An order\'s shipment and its tracking history (the order\'s owner, an admin or a service)',
      tags: ['shipping'],
      security: bearer,
      params: ShipmentParams,
      response: { 200: ShipmentView },
    },
  }, async (request) => shipmentView(await readShipment(ctx.db, request.principal, request.params.order_id)))
}

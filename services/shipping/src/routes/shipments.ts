import { Type } from 'typebox'
import { authenticate, type Queryable, type ServiceApp, type TokenVerifier } from '@bazaar/kit'
import { readShipment } from '../domain/shipments.ts'
import { bearer, closed, Id, ShipmentView, shipmentView } from './schemas.ts'

const ShipmentParams = Type.Object({ order_id: Id }, closed)

export function shipmentRoutes(app: ServiceApp, db: Queryable, verifier: TokenVerifier): void {
  app.get('/shipments/:order_id', {
    onRequest: authenticate(verifier),
    schema: {
      summary: 'An order\'s shipment and its tracking history (the order\'s owner, an admin or a service)',
      tags: ['shipping'],
      security: bearer,
      params: ShipmentParams,
      response: { 200: ShipmentView },
    },
  }, async (request) => shipmentView(await readShipment(db, request.principal, request.params.order_id)))
}

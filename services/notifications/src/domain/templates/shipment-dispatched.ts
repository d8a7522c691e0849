import { Type } from 'typebox'
import { ShipmentDispatchedV1 } from '@bazaar/contracts'
import { readEvent } from '@bazaar/kit'
import { emailText, sms, type Template } from './template.ts'

const Data = Type.Pick(ShipmentDispatchedV1, ['order_id'])

export const shipmentDispatched: Template = {
  type: 'shipment.dispatched',
  render(event, to) {
    const shipment = readEvent(Data, event)
    return {
      email: {
        subject: `Order ${shipment.order_id} has left our warehouse`,
        text: emailText(to, `Your order ${shipment.order_id} has left our warehouse and is with the carrier.`),
      },
      sms: sms(`order ${shipment.order_id} has left our warehouse.`),
    }
  },
}

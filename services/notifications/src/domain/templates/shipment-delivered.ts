import { Type } from 'typebox'
import { ShipmentDeliveredV1 } from '@bazaar/contracts'
import { readEvent } from '@bazaar/kit'
import { emailText, sms, type Template } from './template.ts'

const Data = Type.Pick(ShipmentDeliveredV1, ['order_id', 'tracking_number'])

export const shipmentDelivered: Template = {
  type: 'shipment.delivered',
  render(event, to) {
    const shipment = readEvent(Data, event)
    return {
      email: {
        subject: `Parcel delivered for order ${shipment.order_id}`,
        text: emailText(to, `The carrier delivered the parcel of order ${shipment.order_id} (tracking number ${shipment.tracking_number}).`),
      },
      sms: sms(`parcel ${shipment.tracking_number} of order ${shipment.order_id} was delivered.`),
    }
  },
}

import { Type } from 'typebox'
import { ShipmentCreatedV1 } from '@bazaar/contracts'
import { readEvent } from '@bazaar/kit'
import { emailText, sms, type Template } from './template.ts'

const Data = Type.Pick(ShipmentCreatedV1, ['order_id', 'tracking_number', 'carrier'])

export const shipmentCreated: Template = {
  type: 'shipment.created',
  render(event, to) {
    const shipment = readEvent(Data, event)
    return {
      email: {
        subject: `Tracking number for order ${shipment.order_id}`,
        text: emailText(to, `Your order ${shipment.order_id} will travel with ${shipment.carrier}, tracking number ${shipment.tracking_number}.`),
      },
      sms: sms(`order ${shipment.order_id} will ship with ${shipment.carrier}, tracking ${shipment.tracking_number}.`),
    }
  },
}

import { ShipmentCreated } from '@bazaar/contracts'
import { readEvent } from '@bazaar/kit'
import { emailText, sms, type Template } from './template.ts'

export const shipmentCreated: Template = {
  contract: ShipmentCreated,
  render(event, to) {
    const shipment = readEvent(ShipmentCreated, event)
    return {
      email: {
        subject: `Tracking number for order ${shipment.order_id}`,
        text: emailText(to, `Your order ${shipment.order_id} will travel with ${shipment.carrier}, tracking number ${shipment.tracking_number}.`),
      },
      sms: sms(`order ${shipment.order_id} will ship with ${shipment.carrier}, tracking ${shipment.tracking_number}.`),
    }
  },
}

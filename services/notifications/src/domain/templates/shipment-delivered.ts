import { ShipmentDelivered } from '@bazaar/contracts'
import { readEvent } from '@bazaar/kit'
import { emailText, sms, type Template } from './template.ts'

export const shipmentDelivered: Template = {
  contract: ShipmentDelivered,
  render(event, to) {
    const shipment = readEvent(ShipmentDelivered, event)
    return {
      email: {
        subject: `Parcel delivered for order ${shipment.order_id}`,
        text: emailText(to, `The carrier delivered the parcel of order ${shipment.order_id} (tracking number ${shipment.tracking_number}).`),
      },
      sms: sms(`parcel ${shipment.tracking_number} of order ${shipment.order_id} was delivered.`),
    }
  },
}

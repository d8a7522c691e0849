import { ShipmentDispatched } from '@bazaar/contracts'
import { readEvent } from '@bazaar/kit'
import { emailText, sms, type Template } from './template.ts'

export const shipmentDispatched: Template = {
  contract: ShipmentDispatched,
  render(event, to) {
    const shipment = readEvent(ShipmentDispatched, event)
    return {
      email: {
        subject: `Order ${shipment.order_id} has left our warehouse`,
        text: emailText(to, `Your order ${shipment.order_id} has left our warehouse and is with the carrier.`),
      },
      sms: sms(`order ${shipment.order_id} has left our warehouse.`),
    }
  },
}

import { useQuery } from '@tanstack/react-query'
import { getShipment } from '../../api/shipping.ts'
import { formatDateTime } from '../../format/dates.ts'

/** The carrier's tracking, once the order has shipped. */
export function ShipmentDetails({ orderId, status }: { orderId: string; status: string }) {
  const shipment = useQuery({
    queryKey: ['orders', orderId, 'shipment', status],
    queryFn: ({ signal }) => getShipment(orderId, signal),
    retry: false,
  })
  if (shipment.data === undefined) return null
  const { carrier, tracking_number: tracking, events } = shipment.data
  return (
    <section className="panel" aria-labelledby="shipment-title">
      <h2 id="shipment-title">Tracking</h2>
      <p>{carrier}, tracking number <strong>{tracking}</strong></p>
      <ul className="plain-list">
        {[...events].reverse().map((event) => (
          <li key={`${event.status}-${event.at}`}>
            <span>{event.description}</span> <span className="muted">{formatDateTime(event.at)}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}

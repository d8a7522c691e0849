import { OrderShipped } from '@bazaar/contracts'
import type { Channel } from '../../src/domain/notification.ts'
import type { Outgoing } from '../../src/domain/transport.ts'

/** A rendered message as the transports get it. */
export function outgoing(channel: Channel): Outgoing {
  return {
    notificationId: 'a7c1e0f2-5b3d-5c4e-8f6a-0b1c2d3e4f50',
    userId: 'user-1',
    eventId: 'event-1',
    eventType: OrderShipped.type,
    channel,
    template: OrderShipped.type,
    subject: channel === 'email' ? 'Order 42 has shipped' : null,
    text: 'Your order 42 is on its way. Tracking number: BZ0123456789.',
    to: { userId: 'user-1', email: 'ada@example.com', name: 'Ada Lovelace' },
  }
}

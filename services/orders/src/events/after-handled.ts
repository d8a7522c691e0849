import type { Bus, EventEnvelope } from '@bazaar/kit'

/**
 * The bus as `consume` sees it, with `after` run once a handler resolved, that is once its
 * transaction committed, and before the message is acknowledged.
 */
export function afterHandled(bus: Bus, after: (event: EventEnvelope) => void): Bus {
  return {
    publish: (event) => bus.publish(event),
    subscribe: (consumer, types, handler, options) =>
      bus.subscribe(consumer, types, async (event) => {
        await handler(event)
        after(event)
      }, options),
    deadLetters: (consumer) => bus.deadLetters(consumer),
    replayDeadLetters: (consumer) => bus.replayDeadLetters(consumer),
    depths: () => bus.depths(),
    ping: () => bus.ping(),
    close: () => bus.close(),
  }
}

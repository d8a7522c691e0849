import type { Channel, ChannelModel, ConfirmChannel, ConsumeMessage } from 'amqplib'
import type { Logger } from 'pino'
import { dispatch, undeliverable, type Handler, type Reroute } from './rabbit-delivery.ts'
import { identityOf, properties, sendToQueue, toError } from './rabbit-messages.ts'
import type { QueueNames } from './rabbit-topology.ts'
import type { RedeliveryPolicy } from './redelivery.ts'

/** One connection's worth of channels; replaced as a whole on every reconnect. */
export interface Link {
  model: ChannelModel
  publisher: ConfirmChannel
  consumer: Channel
  /** Set once the service's queue is consumed on this connection. */
  consuming?: Promise<void>
  consumerTags: string[]
  widened: boolean
}

export interface QueueConsumerOptions {
  names: QueueNames
  /** The handlers subscribed in this process; read at each delivery. */
  handlers: readonly Handler[]
  prefetch: number
  redelivery: RedeliveryPolicy
  log: Logger | undefined
  /** Called when consuming broke down and the connection must be replaced. */
  broken(model: ChannelModel, error: Error): void
  closing(): boolean
}

/**
 * The one AMQP consumer of this process on its service's queue. After each connect it takes one
 * message at a time while the queue hands back messages that came back unacknowledged: a message
 * that kills its consumer then dies alone, and the ones delivered with it before are not charged
 * for it again (quorum queues count every comeback). The first fresh message that settles widens
 * it to the full prefetch. A delivery is acked once its reroutes (retry, dead letters) are confirmed, so a delayed
 * redelivery is never lost: at worst the message is delivered once more.
 */
export function queueConsumer(options: QueueConsumerOptions) {
  const { names, log } = options
  const inFlight = new Set<Promise<void>>()

  async function consumeOn(target: Link): Promise<void> {
    const { consumerTag } = await target.consumer.consume(names.queue, (message) => {
      if (!message) return options.broken(target.model, new Error(`RabbitMQ cancelled the consumer of ${names.queue}`))
      const delivery = deliver(target, message)
      inFlight.add(delivery)
      void delivery.finally(() => inFlight.delete(delivery))
    })
    target.consumerTags.push(consumerTag)
  }

  async function widen(target: Link): Promise<void> {
    if (target.widened || options.prefetch <= 1 || options.closing()) return
    target.widened = true
    await target.consuming
    const [probe] = target.consumerTags
    await target.consumer.prefetch(options.prefetch)
    await consumeOn(target)
    if (probe !== undefined) {
      await target.consumer.cancel(probe)
      target.consumerTags.splice(target.consumerTags.indexOf(probe), 1)
    }
  }

  async function deliver(target: Link, message: ConsumeMessage): Promise<void> {
    // dispatch() settles every handler's outcome itself; anything else thrown is the message's fault.
    const next = await dispatch(message, options.handlers, options.redelivery, log).catch((error: unknown) => {
      log?.error({ err: error, event_id: message.properties.messageId }, 'could not hand a message over; dead-lettered')
      return undeliverable(error)
    })
    try {
      for (const reroute of next) await send(target.publisher, message, reroute)
      target.consumer.ack(message)
    } catch (error) {
      // The channel is gone or the broker refused: unacked, the message comes back by itself.
      log?.debug({ err: error, event_id: message.properties.messageId }, 'could not settle a delivery; RabbitMQ will deliver it again')
      return
    }
    if (!message.fields.redelivered) await widen(target).catch((error: unknown) => options.broken(target.model, toError(error)))
  }

  function send(channel: ConfirmChannel, message: ConsumeMessage, reroute: Reroute): Promise<void> {
    const publish = properties(identityOf(message), reroute.headers)
    if (reroute.to === 'dlq') return sendToQueue(channel, names.dlq, message.content, publish)
    const retry = names.retries[reroute.level] ?? names.retries.at(-1)!
    return sendToQueue(channel, retry, message.content, { ...publish, expiration: String(reroute.delayMs) })
  }

  return {
    /** Starts consuming on this connection, once however often it is asked. */
    start(target: Link): Promise<void> {
      target.consuming ??= target.consumer.prefetch(1).then(() => consumeOn(target))
      return target.consuming
    },
    /** Resolves once every delivery under way has been handled and settled (or given up). */
    async drained(): Promise<void> {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight])
    },
  }
}

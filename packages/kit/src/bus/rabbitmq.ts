import { context, ROOT_CONTEXT } from '@opentelemetry/api'
import { connect, type Channel, type ChannelModel, type ConfirmChannel, type ConsumeMessage } from 'amqplib'
import type { Logger } from 'pino'
import type { Bus, EventHandler, SubscribeOptions } from './bus.ts'
import type { EventEnvelope } from './envelope.ts'
import { maxAttemptsOf } from './max-attempts.ts'
import { attemptsOf, headers, peekDeadLetters, properties, replayDeadLetters, sendToQueue, toError } from './rabbit-messages.ts'

export interface RabbitBusOptions {
  /** The topic exchange every event goes through. */
  exchange?: string
  /** Prefixes the exchange and every queue name, so that tests and tenants stay apart. */
  prefix?: string
  /** Unacknowledged messages one subscriber may hold at once. */
  prefetch?: number
  /** Wait before a failed message is delivered again (TTL in the consumer's retry queue). */
  retryDelayMs?: number
  /** Cap of the reconnect backoff. */
  maxReconnectDelayMs?: number
  log?: Logger
}

interface Subscription {
  queue: string
  types: readonly string[]
  handler: EventHandler
  maxAttempts: number
}

/** One connection's worth of channels; replaced as a whole on every reconnect. */
interface Link {
  model: ChannelModel
  publisher: ConfirmChannel
  consumer: Channel
  consumerTags: string[]
}

/**
 * The bus on RabbitMQ. Topology: one durable topic exchange; per consumer a durable queue bound
 * with its event types, `<queue>.retry` (messages wait there for their TTL, then RabbitMQ
 * dead-letters them back onto the queue) and `<queue>.dlq`. Queues are declared by subscribe(),
 * so a consumer gets the events published after its first subscribe().
 * amqplib's connection recovery reconnects with capped backoff; each new connection re-declares
 * the topology and re-subscribes. A dropped channel recycles the whole connection, the one
 * recovery path. While disconnected, publish() and ping() reject at once.
 */
export async function createRabbitBus(url: string, options: RabbitBusOptions = {}): Promise<Bus> {
  const prefix = options.prefix ?? ''
  const exchange = `${prefix}${options.exchange ?? 'bazaar.events'}`
  const prefetch = options.prefetch ?? 10
  const retryDelayMs = options.retryDelayMs ?? 500
  const log = options.log
  const subscriptions: Subscription[] = []
  const inFlight = new Set<Promise<void>>()
  let link: Link | undefined
  let closing = false

  const queueName = (consumer: string) => `${prefix}${consumer}`

  async function setup(model: ChannelModel): Promise<void> {
    model.on('close', () => {
      if (link?.model === model) link = undefined
    })
    const recycle = () => {
      if (!closing) model.close().catch(() => {})
    }
    const publisher = await model.createConfirmChannel()
    const consumer = await model.createChannel()
    for (const channel of [publisher, consumer]) {
      channel.on('error', (error: Error) => log?.warn({ err: error }, 'RabbitMQ channel error'))
      channel.on('close', recycle)
    }
    await consumer.prefetch(prefetch)
    await publisher.assertExchange(exchange, 'topic', { durable: true })
    const next: Link = { model, publisher, consumer, consumerTags: [] }
    // Iterates the live array: a subscribe() arriving while this runs is attached here too.
    for (const subscription of subscriptions) await attach(next, subscription)
    link = next
  }

  async function attach(target: Link, subscription: Subscription): Promise<void> {
    const { queue } = subscription
    const channel = target.consumer
    await channel.assertQueue(queue, { durable: true })
    await channel.assertQueue(`${queue}.retry`, { durable: true, deadLetterExchange: '', deadLetterRoutingKey: queue })
    await channel.assertQueue(`${queue}.dlq`, { durable: true })
    for (const type of subscription.types) await channel.bindQueue(queue, exchange, type)
    const { consumerTag } = await channel.consume(queue, (message) => {
      if (!message) return log?.warn({ queue }, 'RabbitMQ cancelled the consumer')
      const delivery = deliver(target, subscription, message)
      inFlight.add(delivery)
      void delivery.finally(() => inFlight.delete(delivery))
    })
    target.consumerTags.push(consumerTag)
  }

  async function deliver(target: Link, subscription: Subscription, message: ConsumeMessage): Promise<void> {
    const attempts = attemptsOf(message) + 1
    let event: EventEnvelope
    try {
      event = JSON.parse(message.content.toString()) as EventEnvelope
    } catch (error) {
      return failed(target, subscription, message, attempts, undefined, error)
    }
    try {
      await context.with(ROOT_CONTEXT, () => subscription.handler(event))
    } catch (error) {
      return failed(target, subscription, message, attempts, event, error)
    }
    try {
      target.consumer.ack(message)
    } catch (error) {
      log?.warn({ consumer: subscription.queue, event_id: event.id, err: error }, 'could not ack; the message will be redelivered')
    }
  }

  /** Re-routes a failed message (retry queue, or DLQ when out of attempts), then acks it. */
  async function failed(target: Link, subscription: Subscription, message: ConsumeMessage, attempts: number, event: EventEnvelope | undefined, error: unknown): Promise<void> {
    const { queue } = subscription
    const last = event === undefined || attempts >= subscription.maxAttempts
    const fields = { consumer: queue, event_id: event?.id, event_type: event?.type, attempts, err: error }
    if (last) log?.error(fields, 'event handler failed for the last time; dead-lettered')
    else log?.warn(fields, 'event handler failed; redelivering')
    const identity = { id: String(message.properties.messageId ?? ''), type: String(message.properties.type ?? '') }
    try {
      if (last) {
        // Headers are bounded (64 KiB per table in amqplib): a long message must not block dead-lettering.
        const reason = toError(error).message.slice(0, 2000)
        await sendToQueue(target.publisher, `${queue}.dlq`, message.content,
          properties(identity, { [headers.attempts]: attempts, [headers.error]: reason, [headers.failedAt]: new Date().toISOString() }))
      } else {
        await sendToQueue(target.publisher, `${queue}.retry`, message.content,
          { ...properties(identity, { [headers.attempts]: attempts }), expiration: String(retryDelayMs) })
      }
      target.consumer.ack(message)
    } catch (rerouteError) {
      // The channel is gone or the broker refused: unacked, the message comes back by itself.
      log?.warn({ consumer: queue, err: rerouteError }, 'could not re-route a failed message')
    }
  }

  function connected(): Link {
    if (!link) throw new Error('not connected to RabbitMQ')
    return link
  }

  const connection = await connect(url, {
    recovery: { initialDelay: 100, maxDelay: options.maxReconnectDelayMs ?? 10_000, initialMaxRetries: 3, setup },
  })
  connection.on('error', (error: Error) => log?.warn({ err: error }, 'RabbitMQ connection error'))
  connection.on('disconnect', (error: Error) => log?.warn({ err: error }, 'RabbitMQ connection lost; reconnecting'))
  connection.on('connect', () => log?.info('RabbitMQ connected'))

  return {
    async publish(event) {
      const { publisher } = connected()
      const content = Buffer.from(JSON.stringify(event))
      await new Promise<void>((resolve, reject) => {
        publisher.publish(exchange, event.type, content, properties(event, { [headers.attempts]: 0 }),
          (error: unknown) => (error ? reject(toError(error)) : resolve()))
      })
    },

    async subscribe(consumer: string, types: readonly string[], handler: EventHandler, subscribeOptions: SubscribeOptions = {}) {
      if (closing) throw new Error('bus is closed')
      const subscription: Subscription = { queue: queueName(consumer), types, handler, maxAttempts: maxAttemptsOf(subscribeOptions) }
      subscriptions.push(subscription)
      // Disconnected, the subscription is attached by the next connection's setup.
      if (!link) return
      try {
        await attach(link, subscription)
      } catch (error) {
        subscriptions.splice(subscriptions.indexOf(subscription), 1)
        throw error
      }
    },

    async deadLetters(consumer) {
      return peekDeadLetters(connected().model, consumer, `${queueName(consumer)}.dlq`)
    },

    async replayDeadLetters(consumer) {
      const queue = queueName(consumer)
      return replayDeadLetters(connected().model, `${queue}.dlq`, queue)
    },

    async ping() {
      await connected().publisher.checkExchange(exchange)
    },

    /** Stops taking deliveries, lets running handlers ack, then closes the connection. */
    async close() {
      closing = true
      const current = link
      if (current) await Promise.allSettled(current.consumerTags.map((tag) => current.consumer.cancel(tag)))
      await Promise.allSettled([...inFlight])
      await connection.close()
    },
  }
}

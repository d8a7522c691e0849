import type { ChannelModel } from 'amqplib'
import type { Logger } from 'pino'
import type { Bus, DeadLetter, EventHandler, SubscribeOptions } from './bus.ts'
import { maxAttemptsOf } from './max-attempts.ts'
import { redeliveryLevels, redeliveryPolicy, type RedeliveryOptions } from './redelivery.ts'
import { connectRecovering, outageLog } from './rabbit-connection.ts'
import { messageCounts, peekDeadLetters, replayDeadLetters } from './rabbit-dead-letters.ts'
import { queueConsumer, type Link } from './rabbit-consumer.ts'
import type { Handler } from './rabbit-delivery.ts'
import { headers, properties, toError } from './rabbit-messages.ts'
import { consumingServices, declareTopology, exchangeName, queueNames, uncovered, type QueueBindings, type QueueNames } from './rabbit-topology.ts'

export interface RabbitBusOptions extends RedeliveryOptions {
  /**
   * Every service's queue with the event patterns it is bound to (the topology's `consumes`),
   * declared at each connect whichever service this process runs.
   */
  queues?: QueueBindings
  /** The service this process runs: its handlers take the messages of that service's queue. */
  queue?: string
  /** The topic exchange every event goes through. */
  exchange?: string
  /** Prefixes the exchange and every queue name, so that tests and tenants stay apart. */
  prefix?: string
  /** Unacknowledged messages this process may hold (one at a time after a connect, see below). */
  prefetch?: number
  /** Cap of the reconnect backoff. */
  maxReconnectDelayMs?: number
  /** How long start-up keeps trying to reach the broker before it rejects. */
  connectTimeoutMs?: number
  /**
   * Declare the exchange and every queue at each connect (the default). A tool that only looks,
   * such as `bazaar dlq`, turns it off so that a mistyped prefix creates nothing.
   */
  declare?: boolean
  log?: Logger
}

export interface DeadLetterQueue {
  /** The service whose queue it is. */
  service: string
  dlq: string
  depth: number
}

/** The bus, and what an operator needs across every service's dead letters. */
export interface RabbitBus extends Bus {
  deadLetterQueues(): Promise<DeadLetterQueue[]>
  deadLettersOf(service: string): Promise<DeadLetter[]>
  /** Puts every dead letter of the service's queue back on it; answers how many. */
  replayDeadLettersOf(service: string): Promise<number>
}


/**
 * The bus on RabbitMQ. One durable topic exchange; per consuming service a quorum queue named
 * after it, bound to the event types of its `consumes`, with retry queues `<queue>.retry`,
 * `<queue>.retry.1`, ... (one per redelivery level: messages wait there for their TTL, then
 * RabbitMQ dead-letters them back) and `<queue>.dlq`. Every process declares
 * every service's queues at each connect, so nothing published is lost whoever starts first.
 * A process runs one service: one AMQP consumer on its queue hands each message to every
 * handler whose types match; a handler failing sends the message back for the handlers that
 * failed, with growing waits, and the last failure dead-letters it with the consumer's name (a
 * dependency that is down does not burn attempts: see nextDelivery). Replicas compete.
 * Attempts count deliveries that never ended too (quorum queues' x-delivery-count), so a
 * message that kills its consumer still reaches the DLQ (see queueConsumer).
 * While disconnected, publish() and ping() reject at once; reconnecting never stops.
 */
export async function createRabbitBus(url: string, options: RabbitBusOptions = {}): Promise<RabbitBus> {
  const prefix = options.prefix ?? ''
  const exchange = exchangeName(prefix, options.exchange)
  const queues = options.queues ?? {}
  const own = options.queue
  const redelivery = redeliveryPolicy(options)
  const levels = redeliveryLevels(redelivery).length
  /** The own service's queues; undefined when it consumes nothing. */
  const ownNames = own !== undefined && consumingServices(queues).includes(own) ? queueNames(prefix, own, levels) : undefined
  const log = options.log
  const outage = outageLog(log, url)
  const handlers: Handler[] = []
  let link: Link | undefined
  let closing = false
  const ownConsumer = ownNames && queueConsumer({
    names: ownNames,
    handlers,
    prefetch: options.prefetch ?? 10,
    redelivery,
    log,
    broken(model, error) {
      outage.troubled(error)
      recycle(model)
    },
    closing: () => closing,
  })

  async function setup(model: ChannelModel): Promise<void> {
    model.on('close', () => {
      if (link?.model === model) link = undefined
    })
    const publisher = await model.createConfirmChannel()
    const consumer = await model.createChannel()
    for (const channel of [publisher, consumer]) {
      channel.on('error', (error: Error) => outage.troubled(error))
      channel.on('close', () => recycle(model))
    }
    if (options.declare !== false) await declareTopology(publisher, exchange, prefix, queues, levels)
    const next: Link = { model, publisher, consumer, consumerTags: [], widened: false }
    link = next
    if (ownConsumer && handlers.length > 0) await ownConsumer.start(next)
  }

  /** A dropped channel recycles the whole connection: the one recovery path. */
  function recycle(model: ChannelModel): void {
    if (!closing) model.close().catch(() => {})
  }

  function connected(): Link {
    if (closing) throw new Error('bus is closed')
    if (!link) throw new Error('not connected to RabbitMQ')
    return link
  }

  function queueOf(service: string): QueueNames {
    const known = consumingServices(queues)
    if (!known.includes(service)) throw new Error(`no queue "${service}": the queues are ${known.join(', ') || 'none'} (services that consume events)`)
    return queueNames(prefix, service)
  }

  const connection = await connectRecovering(url, {
    setup,
    outage,
    maxReconnectDelayMs: options.maxReconnectDelayMs ?? 10_000,
    connectTimeoutMs: options.connectTimeoutMs ?? 60_000,
  })

  return {
    async publish(event) {
      const { publisher } = connected()
      const content = Buffer.from(JSON.stringify(event))
      await new Promise<void>((resolve, reject) => {
        publisher.publish(exchange, event.type, content, properties(event, { [headers.attempts]: 0 }),
          (error: unknown) => (error ? reject(toError(error)) : resolve()))
      })
    },

    async subscribe(consumer: string, types: readonly string[], handle: EventHandler, subscribeOptions: SubscribeOptions = {}) {
      if (closing) throw new Error('bus is closed')
      const maxAttempts = maxAttemptsOf(subscribeOptions)
      if (own === undefined) throw new Error(`this bus runs no service, so ${consumer} has no queue: pass \`queue\`, the service whose events it takes`)
      if (!ownConsumer) throw new Error(`${own} consumes no events, so it has no queue: list what ${consumer} takes under services.${own}.consumes in the topology`)
      const missing = uncovered(queues[own] ?? [], types)
      if (missing.length > 0) throw new Error(`${own} does not consume ${missing.join(', ')}, which ${consumer} takes: add it to services.${own}.consumes in the topology`)
      if (handlers.some((handler) => handler.consumer === consumer)) throw new Error(`${consumer} is already subscribed in this process`)
      handlers.push({ consumer, types, handle, maxAttempts })
      // A connection lost meanwhile starts consuming again in its successor's setup.
      if (link) await ownConsumer.start(link).catch((error: unknown) => outage.troubled(toError(error)))
    },

    async deadLetters(consumer) {
      const { model } = connected()
      return ownNames ? peekDeadLetters(model, ownNames.dlq, consumer) : []
    },

    async replayDeadLetters(consumer) {
      const { model } = connected()
      return ownNames ? replayDeadLetters(model, ownNames.dlq, ownNames.queue, consumer) : 0
    },

    async depths() {
      if (!ownNames || own === undefined) return []
      // Deliveries a handler holds are not ready, so not counted, as in the embedded bus.
      const [ready = 0, dead = 0, ...retrying] = await messageCounts(connected().model, [ownNames.queue, ownNames.dlq, ...ownNames.retries])
      return [{ queue: own, waiting: retrying.reduce((sum, count) => sum + count, ready), deadLetters: dead }]
    },

    async deadLetterQueues() {
      const services = consumingServices(queues)
      const dlqs = services.map((service) => queueNames(prefix, service).dlq)
      const counts = await messageCounts(connected().model, dlqs)
      return services.map((service, index) => ({ service, dlq: dlqs[index]!, depth: counts[index] ?? 0 }))
    },

    async deadLettersOf(service) {
      return peekDeadLetters(connected().model, queueOf(service).dlq)
    },

    async replayDeadLettersOf(service) {
      const { queue, dlq } = queueOf(service)
      return replayDeadLetters(connected().model, dlq, queue)
    },

    async ping() {
      await connected().publisher.checkExchange(exchange)
    },

    /** Stops taking deliveries, lets running handlers ack, then closes the connection. */
    async close() {
      closing = true
      const current = link
      if (current) await Promise.allSettled(current.consumerTags.map((tag) => current.consumer.cancel(tag)))
      await ownConsumer?.drained()
      // amqplib's close never settles when the socket ends while it waits for the broker's
      // close-ok; the connection's own close event still comes.
      const live = link
      if (!live) return connection.close()
      const ended = new Promise<void>((resolve) => live.model.once('close', () => resolve()))
      await Promise.race([connection.close(), ended])
    },
  }
}

import type { Channel } from 'amqplib'
import { topicMatches } from './topic.ts'

/** The event patterns each service's queue is bound to, by service: the topology's `consumes`. */
export type QueueBindings = Readonly<Record<string, readonly string[]>>

export interface QueueNames {
  queue: string
  /** Failed messages wait here for their TTL, then RabbitMQ dead-letters them back onto the queue. */
  retry: string
  dlq: string
}

/** The topic exchange every event goes through, unless a bus is told another. */
const defaultExchange = 'bazaar.events'

export function exchangeName(prefix: string, exchange = defaultExchange): string {
  return `${prefix}${exchange}`
}

export function queueNames(prefix: string, service: string): QueueNames {
  const queue = `${prefix}${service}`
  return { queue, retry: `${queue}.retry`, dlq: `${queue}.dlq` }
}

/** The services that have a queue: those consuming anything. */
export function consumingServices(queues: QueueBindings): string[] {
  return Object.keys(queues).filter((service) => (queues[service] ?? []).length > 0)
}

/**
 * Declares the exchange and every service's queues and bindings, whichever service this
 * process runs, so an event published before its consumer ever started waits in its queue.
 * Service queues are quorum queues: they count redeliveries (x-delivery-count), so a message
 * whose handler never finishes still reaches its dead-letter queue. Bindings the topology no
 * longer lists are left in place: AMQP cannot list a queue's bindings.
 */
export async function declareTopology(channel: Channel, exchange: string, prefix: string, queues: QueueBindings): Promise<void> {
  await channel.assertExchange(exchange, 'topic', { durable: true })
  for (const service of consumingServices(queues)) {
    const { queue, retry, dlq } = queueNames(prefix, service)
    await channel.assertQueue(queue, { durable: true, arguments: { 'x-queue-type': 'quorum' } })
    await channel.assertQueue(retry, { durable: true, deadLetterExchange: '', deadLetterRoutingKey: queue })
    await channel.assertQueue(dlq, { durable: true })
    for (const pattern of queues[service] ?? []) await channel.bindQueue(queue, exchange, pattern)
  }
}

/**
 * Whether a queue bound with `binding` gets every event `pattern` matches. A handler's `*` is
 * read as a word that the binding must match; a handler's `#` only as the same binding.
 */
function covers(binding: string, pattern: string): boolean {
  if (binding === pattern) return true
  return !pattern.split('.').includes('#') && topicMatches(binding, pattern)
}

/** The handler patterns none of a queue's bindings covers. */
export function uncovered(bindings: readonly string[], patterns: readonly string[]): string[] {
  return patterns.filter((pattern) => !bindings.some((binding) => covers(binding, pattern)))
}

/** Deletes what declareTopology declared, messages and all: a test run's or a tenant's, once over. */
export async function deleteTopology(channel: Channel, exchange: string, prefix: string, queues: QueueBindings): Promise<void> {
  for (const service of consumingServices(queues)) {
    for (const queue of Object.values(queueNames(prefix, service))) await channel.deleteQueue(queue)
  }
  await channel.deleteExchange(exchange)
}

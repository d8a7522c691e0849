import type { Channel } from 'amqplib'
import { maxRedeliveryLevels } from './redelivery.ts'
import { topicMatches } from './topic.ts'

/** The event patterns each service's queue is bound to, by service: the topology's `consumes`. */
export type QueueBindings = Readonly<Record<string, readonly string[]>>

export interface QueueNames {
  queue: string
  /**
   * The retry queues, one per redelivery level: a failed message waits in its level's queue for
   * its TTL, then RabbitMQ dead-letters it back onto the queue. Every message of one level waits
   * as long, so none expires behind a longer one (RabbitMQ expires messages at the head only).
   */
  retries: string[]
  dlq: string
}

/** The topic exchange every event goes through, unless a bus is told another. */
const defaultExchange = 'bazaar.events'

export function exchangeName(prefix: string, exchange = defaultExchange): string {
  return `${prefix}${exchange}`
}

/** The names of a service's queues, with the first `levels` retry queues. */
export function queueNames(prefix: string, service: string, levels = maxRedeliveryLevels): QueueNames {
  const queue = `${prefix}${service}`
  const retries = Array.from({ length: levels }, (_, level) => (level === 0 ? `${queue}.retry` : `${queue}.retry.${level}`))
  return { queue, retries, dlq: `${queue}.dlq` }
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
export async function declareTopology(channel: Channel, exchange: string, prefix: string, queues: QueueBindings, levels: number): Promise<void> {
  await channel.assertExchange(exchange, 'topic', { durable: true })
  for (const service of consumingServices(queues)) {
    const { queue, retries, dlq } = queueNames(prefix, service, levels)
    await channel.assertQueue(queue, { durable: true, arguments: { 'x-queue-type': 'quorum' } })
    for (const retry of retries) await channel.assertQueue(retry, { durable: true, deadLetterExchange: '', deadLetterRoutingKey: queue })
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

/**
 * Deletes what declareTopology declared, messages and all: a test run's or a tenant's, once over.
 * Every retry level a bus may have declared goes too; deleting a queue that is not there is no error.
 */
export async function deleteTopology(channel: Channel, exchange: string, prefix: string, queues: QueueBindings): Promise<void> {
  for (const service of consumingServices(queues)) {
    const { queue, retries, dlq } = queueNames(prefix, service)
    for (const name of [queue, ...retries, dlq]) await channel.deleteQueue(name)
  }
  await channel.deleteExchange(exchange)
}

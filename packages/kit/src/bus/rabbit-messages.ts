import type { ConfirmChannel, Message, Options } from 'amqplib'
import type { EventEnvelope } from './envelope.ts'

/** Headers this bus writes; RabbitMQ's own (x-death) are never copied along. */
export const headers = {
  /** Deliveries that ended in a handler's failure before this copy was sent. */
  attempts: 'x-attempts',
  /** Of those, the ones that failed for an unavailable dependency: not charged to the attempts. */
  excused: 'x-excused',
  /** Epoch ms of the first failure, from which an outage is waited out for a bounded time. */
  firstFailedAt: 'x-first-failed-at',
  /** On a retried or replayed message: the only consumers it is still for. */
  consumers: 'x-consumers',
  /** On a dead letter: the consumer it failed in, its error and when. */
  consumer: 'x-consumer',
  error: 'x-error',
  failedAt: 'x-failed-at',
} as const

/** Set by quorum queues on a redelivery: how often the message came back without an ack. */
const deliveryCount = 'x-delivery-count'

function countHeader(message: Message, name: string): number {
  const value = Number(message.properties.headers?.[name] ?? 0)
  return Number.isFinite(value) ? value : 0
}

/** The attempts a dead letter records. */
export function attemptsOf(message: Message): number {
  return countHeader(message, headers.attempts)
}

/**
 * Which delivery of its event this is. Deliveries that ended without an outcome (the process or
 * its connection died mid-handler) are counted by the quorum queue, the others by our header.
 */
export function attemptOf(message: Message): number {
  return attemptsOf(message) + countHeader(message, deliveryCount) + 1
}

export function excusedOf(message: Message): number {
  return countHeader(message, headers.excused)
}

/** When the message first failed; undefined before it ever did. */
export function firstFailedAtOf(message: Message): number | undefined {
  const at = countHeader(message, headers.firstFailedAt)
  return at > 0 ? at : undefined
}

/** The consumers a retried or replayed message is restricted to; undefined for every consumer. */
export function targetsOf(message: Message): string[] | undefined {
  const value: unknown = message.properties.headers?.[headers.consumers]
  return Array.isArray(value) ? value.map(String) : undefined
}

/** The event type without parsing the body: published messages carry it as their type. */
export function typeOf(message: Message): string {
  return String(message.properties.type ?? message.fields.routingKey)
}

export function properties(message: Pick<EventEnvelope, 'id' | 'type'>, extraHeaders: Record<string, unknown>): Options.Publish {
  return { persistent: true, contentType: 'application/json', messageId: message.id, type: message.type, headers: extraHeaders }
}

/** The id and type a message was published with, to copy onto the messages made from it. */
export function identityOf(message: Message): Pick<EventEnvelope, 'id' | 'type'> {
  return { id: String(message.properties.messageId ?? ''), type: typeOf(message) }
}

/** Sends straight to one queue through the default exchange; resolves on the broker's confirm. */
export function sendToQueue(channel: ConfirmChannel, queue: string, content: Buffer, options: Options.Publish): Promise<void> {
  return new Promise((resolve, reject) => {
    channel.sendToQueue(queue, content, options, (error: unknown) => (error ? reject(toError(error)) : resolve()))
  })
}

export function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error))
}

/** The body as an event, or why it is none: JSON that is not an envelope is no event either. */
export function parseEnvelope(body: string): { event: EventEnvelope } | { error: Error } {
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch (error) {
    return { error: toError(error) }
  }
  const envelope = value as Partial<EventEnvelope> | null
  if (typeof envelope !== 'object' || envelope === null || typeof envelope.type !== 'string' || typeof envelope.id !== 'string') {
    return { error: new Error('the message is not an event envelope (an object with a string id and type)') }
  }
  return { event: envelope as EventEnvelope }
}

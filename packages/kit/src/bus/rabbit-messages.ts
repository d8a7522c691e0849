import type { Channel, ChannelModel, ConfirmChannel, GetMessage, Message, Options } from 'amqplib'
import type { DeadLetter } from './bus.ts'
import type { EventEnvelope } from './envelope.ts'

/** Headers this bus writes; RabbitMQ's own (x-death) are never copied along. */
export const headers = {
  attempts: 'x-attempts',
  error: 'x-error',
  failedAt: 'x-failed-at',
} as const

export function attemptsOf(message: Message): number {
  const value = Number(message.properties.headers?.[headers.attempts] ?? 0)
  return Number.isFinite(value) ? value : 0
}

export function properties(event: Pick<EventEnvelope, 'id' | 'type'>, extraHeaders: Record<string, string | number>): Options.Publish {
  return { persistent: true, contentType: 'application/json', messageId: event.id, type: event.type, headers: extraHeaders }
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

/** A body that is not JSON (it is dead-lettered at once) is shown as it came, as the data. */
function parseEvent(message: Message): EventEnvelope {
  const body = message.content.toString()
  try {
    return JSON.parse(body) as EventEnvelope
  } catch {
    const { messageId, type, timestamp } = message.properties
    return { specversion: '1.0', id: String(messageId ?? ''), type: String(type ?? ''), source: 'unknown', time: new Date(Number(timestamp ?? 0)).toISOString(), data: body }
  }
}

function toDeadLetter(consumer: string, message: GetMessage): DeadLetter {
  const stored = message.properties.headers ?? {}
  return {
    event: parseEvent(message),
    consumer,
    attempts: attemptsOf(message),
    error: String(stored[headers.error] ?? ''),
    failedAt: String(stored[headers.failedAt] ?? ''),
  }
}

/**
 * Runs `work` on a short-lived channel of its own, so that a missing queue (which makes the
 * broker close the channel) or messages left unacknowledged touch nothing else: closing the
 * channel puts every message it got and did not ack back on its queue.
 */
async function withChannel<T, C extends Channel>(open: () => Promise<C>, work: (channel: C) => Promise<T>): Promise<T> {
  const channel = await open()
  channel.on('error', () => {})
  try {
    return await work(channel)
  } finally {
    await channel.close().catch(() => {})
  }
}

/** Messages now in `dlq`, or undefined when the broker has no such queue. */
async function depth(channel: Channel, dlq: string): Promise<number | undefined> {
  try {
    return (await channel.checkQueue(dlq)).messageCount
  } catch (error) {
    if ((error as { code?: unknown }).code === 404) return undefined
    throw error
  }
}

/** Reads a dead-letter queue without consuming it: everything read goes back on close. */
export function peekDeadLetters(model: ChannelModel, consumer: string, dlq: string): Promise<DeadLetter[]> {
  return withChannel(() => model.createChannel(), async (channel) => {
    const count = (await depth(channel, dlq)) ?? 0
    const letters: DeadLetter[] = []
    for (let i = 0; i < count; i++) {
      const message = await channel.get(dlq)
      if (!message) break
      letters.push(toDeadLetter(consumer, message))
    }
    return letters
  })
}

/**
 * Moves what is in `dlq` now back onto `queue` with a fresh attempt count; each message is
 * acked off the DLQ only once the broker confirmed its copy. Bounded by the depth read first,
 * so a letter that fails again during the replay is not replayed twice.
 */
export function replayDeadLetters(model: ChannelModel, dlq: string, queue: string): Promise<number> {
  return withChannel(() => model.createConfirmChannel(), async (channel) => {
    const count = (await depth(channel, dlq)) ?? 0
    let replayed = 0
    for (let i = 0; i < count; i++) {
      const message = await channel.get(dlq)
      if (!message) break
      const event = { id: String(message.properties.messageId ?? ''), type: String(message.properties.type ?? '') }
      await sendToQueue(channel, queue, message.content, properties(event, { [headers.attempts]: 0 }))
      channel.ack(message)
      replayed++
    }
    return replayed
  })
}

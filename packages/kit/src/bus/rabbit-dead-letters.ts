import type { Channel, ChannelModel, GetMessage, Message } from 'amqplib'
import type { DeadLetter } from './bus.ts'
import type { EventEnvelope } from './envelope.ts'
import { attemptsOf, headers, identityOf, parseEnvelope, properties, sendToQueue } from './rabbit-messages.ts'

/** A body that is not JSON (it is dead-lettered at once) is shown as it came, as the data. */
function parseEvent(message: Message): EventEnvelope {
  const body = message.content.toString()
  const parsed = parseEnvelope(body)
  if ('event' in parsed) return parsed.event
  const { id, type } = identityOf(message)
  return { specversion: '1.0', id, type, source: 'unknown', time: new Date(Number(message.properties.timestamp ?? 0)).toISOString(), data: body }
}

function consumerOf(message: Message): string {
  return String(message.properties.headers?.[headers.consumer] ?? '')
}

function toDeadLetter(message: GetMessage): DeadLetter {
  const stored = message.properties.headers ?? {}
  return {
    event: parseEvent(message),
    consumer: consumerOf(message),
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

/** Messages now in `queue`, 0 when the broker has no such queue. */
async function depth(channel: Channel, queue: string): Promise<number> {
  try {
    return (await channel.checkQueue(queue)).messageCount
  } catch (error) {
    if ((error as { code?: unknown }).code === 404) return 0
    throw error
  }
}

/**
 * Messages ready in each of `queues` (0 for one the broker does not have). A channel each: the
 * broker closes the channel that asked for a missing queue.
 */
export function messageCounts(model: ChannelModel, queues: readonly string[]): Promise<number[]> {
  return Promise.all(queues.map((queue) => withChannel(() => model.createChannel(), (channel) => depth(channel, queue))))
}

/**
 * Reads a dead-letter queue without consuming it (everything read goes back on close): every
 * letter, or those of one consumer.
 */
export function peekDeadLetters(model: ChannelModel, dlq: string, consumer?: string): Promise<DeadLetter[]> {
  return withChannel(() => model.createChannel(), async (channel) => {
    const count = await depth(channel, dlq)
    const letters: DeadLetter[] = []
    for (let i = 0; i < count; i++) {
      const message = await channel.get(dlq)
      if (!message) break
      if (consumer === undefined || consumerOf(message) === consumer) letters.push(toDeadLetter(message))
    }
    return letters
  })
}

/**
 * Moves the letters in `dlq` now (every one, or those of one consumer) back onto `queue` with a
 * fresh attempt count, each for the consumer it failed in only. Each is acked off the DLQ once
 * the broker confirmed its copy; the ones left alone go back on close. Bounded by the depth read
 * first, so a letter that fails again during the replay is not replayed twice.
 */
export function replayDeadLetters(model: ChannelModel, dlq: string, queue: string, consumer?: string): Promise<number> {
  return withChannel(() => model.createConfirmChannel(), async (channel) => {
    const count = await depth(channel, dlq)
    let replayed = 0
    for (let i = 0; i < count; i++) {
      const message = await channel.get(dlq)
      if (!message) break
      const failedIn = consumerOf(message)
      if (consumer !== undefined && failedIn !== consumer) continue
      const target = failedIn === '' ? {} : { [headers.consumers]: [failedIn] }
      await sendToQueue(channel, queue, message.content, properties(identityOf(message), { [headers.attempts]: 0, ...target }))
      channel.ack(message)
      replayed++
    }
    return replayed
  })
}

import { context, ROOT_CONTEXT } from '@opentelemetry/api'
import type { Message } from 'amqplib'
import type { Logger } from 'pino'
import type { EventHandler } from './bus.ts'
import type { EventEnvelope } from './envelope.ts'
import { defaultMaxAttempts } from './max-attempts.ts'
import { attemptOf, headers, parseEnvelope, targetsOf, toError, typeOf } from './rabbit-messages.ts'
import { topicMatches } from './topic.ts'

/** One subscribe() of this process: a consumer on the service's queue. */
export interface Handler {
  consumer: string
  types: readonly string[]
  handle: EventHandler
  maxAttempts: number
}

/** A copy of the message to send (and have confirmed) before the delivery is acked. */
export interface Reroute {
  to: 'retry' | 'dlq'
  headers: Record<string, unknown>
}

interface Failure {
  /** Empty when no consumer of this process takes the message. */
  consumer: string
  error: Error
  attempts: number
  final: boolean
}

/**
 * Hands one delivery to every handler it is for and answers where it goes next: nowhere (every
 * handler resolved), back to the retry queue for the handlers that failed with attempts left,
 * and to the dead letters, one per consumer that failed for the last time. A handler whose
 * attempts were all spent by deliveries that never ended (the process or connection died) is
 * not run again: it is dead-lettered at once.
 */
export async function dispatch(message: Message, handlers: readonly Handler[], log: Logger | undefined): Promise<Reroute[]> {
  const attempt = attemptOf(message)
  const wanted = targetsOf(message)
  const body = message.content.toString()
  const parsed = parseEnvelope(body)
  const type = 'event' in parsed ? parsed.event.type : typeOf(message)
  const targets = handlers.filter((handler) =>
    (wanted?.includes(handler.consumer) ?? true) && handler.types.some((pattern) => topicMatches(pattern, type)))

  const failures: Failure[] = []
  if ('error' in parsed) {
    const names = targets.length > 0 ? targets.map((handler) => handler.consumer) : ['']
    failures.push(...names.map((consumer) => ({ consumer, error: parsed.error, attempts: attempt, final: true })))
  } else if (targets.length === 0) {
    // Another replica, or this process a moment later, may have the handler; else it stays visible.
    const error = new Error(`no consumer in this process takes ${type}`)
    failures.push({ consumer: '', error, attempts: attempt, final: attempt >= defaultMaxAttempts })
  } else {
    const due = targets.filter((handler) => attempt <= handler.maxAttempts)
    for (const spent of targets.filter((handler) => !due.includes(handler))) {
      failures.push({ consumer: spent.consumer, error: new Error(`no outcome after ${attempt - 1} deliveries`), attempts: attempt - 1, final: true })
    }
    // Each handler gets its own copy: one mutating its event changes nothing for the others.
    // Async, so that a handler throwing before its first await is a failure like any other.
    const outcomes = await Promise.allSettled(due.map((handler) =>
      context.with(ROOT_CONTEXT, async () => handler.handle(JSON.parse(body) as EventEnvelope))))
    for (const [i, outcome] of outcomes.entries()) {
      const handler = due[i]
      if (outcome.status === 'fulfilled' || !handler) continue
      failures.push({ consumer: handler.consumer, error: toError(outcome.reason), attempts: attempt, final: attempt >= handler.maxAttempts })
    }
  }

  for (const failure of failures) {
    const fields = { consumer: failure.consumer, event_id: message.properties.messageId, event_type: type, attempts: failure.attempts, err: failure.error }
    if (failure.final) log?.error(fields, 'event handler failed for the last time; dead-lettered')
    else log?.warn(fields, 'event handler failed; redelivering')
  }
  return reroutes(failures, attempt, wanted)
}

/** Where a delivery goes when handing it over failed in a way no handler caused: to the dead letters. */
export function undeliverable(error: unknown): Reroute[] {
  return reroutes([{ consumer: '', error: toError(error), attempts: 1, final: true }], 1, undefined)
}

function reroutes(failures: Failure[], attempt: number, wanted: string[] | undefined): Reroute[] {
  const failedAt = new Date().toISOString()
  const dead: Reroute[] = failures.filter((failure) => failure.final).map((failure) => ({
    to: 'dlq',
    // Headers are bounded (64 KiB per table in amqplib): a long message must not block dead-lettering.
    headers: { [headers.attempts]: failure.attempts, [headers.consumer]: failure.consumer, [headers.error]: failure.error.message.slice(0, 2000), [headers.failedAt]: failedAt },
  }))
  const again = failures.filter((failure) => !failure.final)
  if (again.length === 0) return dead
  const consumers = again.flatMap((failure) => (failure.consumer === '' ? wanted ?? [] : [failure.consumer]))
  const target = consumers.length > 0 ? { [headers.consumers]: consumers } : {}
  return [...dead, { to: 'retry', headers: { [headers.attempts]: attempt, ...target } }]
}

import { context, ROOT_CONTEXT } from '@opentelemetry/api'
import type { Message } from 'amqplib'
import type { Logger } from 'pino'
import type { EventHandler } from './bus.ts'
import type { EventEnvelope } from './envelope.ts'
import { defaultMaxAttempts } from './max-attempts.ts'
import { attemptOf, excusedOf, firstFailedAtOf, headers, parseEnvelope, targetsOf, toError, typeOf } from './rabbit-messages.ts'
import { nextDelivery, type Redelivery, type RedeliveryPolicy } from './redelivery.ts'
import { topicMatches } from './topic.ts'

/** One subscribe() of this process: a consumer on the service's queue. */
export interface Handler {
  consumer: string
  types: readonly string[]
  handle: EventHandler
  maxAttempts: number
}

/** A copy of the message to send (and have confirmed) before the delivery is acked. */
export type Reroute =
  | { to: 'dlq'; headers: Record<string, unknown> }
  | { to: 'retry'; level: number; delayMs: number; headers: Record<string, unknown> }

interface Failure {
  /** Empty when no consumer of this process takes the message. */
  consumer: string
  error: Error
  attempts: number
  next: Redelivery
}

const deadLetter: Redelivery = { to: 'dlq' }

/**
 * Hands one delivery to every handler it is for and answers where it goes next: nowhere (every
 * handler resolved), to a retry queue for the handlers that failed and may try again (see
 * nextDelivery: a dependency that is down does not burn attempts), and to the dead letters,
 * one per consumer that failed for the last time. A handler whose attempts were all spent by
 * deliveries that never ended (the process or connection died) is not run again: it is
 * dead-lettered at once.
 */
export async function dispatch(message: Message, handlers: readonly Handler[], policy: RedeliveryPolicy, log: Logger | undefined): Promise<Reroute[]> {
  const attempt = attemptOf(message)
  const excused = excusedOf(message)
  const firstFailedAt = firstFailedAtOf(message) ?? Date.now()
  const wanted = targetsOf(message)
  const body = message.content.toString()
  const parsed = parseEnvelope(body)
  const type = 'event' in parsed ? parsed.event.type : typeOf(message)
  const targets = handlers.filter((handler) =>
    (wanted?.includes(handler.consumer) ?? true) && handler.types.some((pattern) => topicMatches(pattern, type)))
  const failed = (consumer: string, error: Error, maxAttempts: number): Failure =>
    ({ consumer, error, attempts: attempt, next: nextDelivery(policy, { error, deliveries: attempt, excused, maxAttempts, firstFailedAt }) })

  const failures: Failure[] = []
  if ('error' in parsed) {
    const names = targets.length > 0 ? targets.map((handler) => handler.consumer) : ['']
    failures.push(...names.map((consumer) => ({ consumer, error: parsed.error, attempts: attempt, next: deadLetter })))
  } else if (targets.length === 0) {
    // Another replica, or this process a moment later, may have the handler; else it stays visible.
    failures.push(failed('', new Error(`no consumer in this process takes ${type}`), defaultMaxAttempts))
  } else {
    const due = targets.filter((handler) => attempt - excused <= handler.maxAttempts)
    for (const spent of targets.filter((handler) => !due.includes(handler))) {
      failures.push({ consumer: spent.consumer, error: new Error(`no outcome after ${attempt - 1} deliveries`), attempts: attempt - 1, next: deadLetter })
    }
    // Each handler gets its own copy: one mutating its event changes nothing for the others.
    // Async, so that a handler throwing before its first await is a failure like any other.
    const outcomes = await Promise.allSettled(due.map((handler) =>
      context.with(ROOT_CONTEXT, async () => handler.handle(JSON.parse(body) as EventEnvelope))))
    for (const [i, outcome] of outcomes.entries()) {
      const handler = due[i]
      if (outcome.status === 'fulfilled' || !handler) continue
      failures.push(failed(handler.consumer, toError(outcome.reason), handler.maxAttempts))
    }
  }

  for (const failure of failures) {
    const fields = { consumer: failure.consumer, event_id: message.properties.messageId, event_type: type, attempts: failure.attempts, err: failure.error }
    if (failure.next.to === 'dlq') log?.error(fields, 'event handler failed for the last time; dead-lettered')
    else if (failure.next.excused) log?.warn({ ...fields, retry_in_ms: failure.next.delayMs }, 'event handler found a dependency unavailable; redelivering later')
    else log?.warn({ ...fields, retry_in_ms: failure.next.delayMs }, 'event handler failed; redelivering')
  }
  return reroutes(failures, { attempts: attempt, excused, firstFailedAt }, wanted)
}

/** Where a delivery goes when handing it over failed in a way no handler caused: to the dead letters. */
export function undeliverable(error: unknown): Reroute[] {
  return reroutes([{ consumer: '', error: toError(error), attempts: 1, next: deadLetter }], { attempts: 1, excused: 0, firstFailedAt: Date.now() }, undefined)
}

/**
 * One dead letter per consumer that failed for the last time, and one retry copy for the
 * consumers that try again, two when some of them were excused (their count differs).
 */
function reroutes(failures: Failure[], counts: { attempts: number; excused: number; firstFailedAt: number }, wanted: string[] | undefined): Reroute[] {
  const failedAt = new Date().toISOString()
  const dead: Reroute[] = failures.filter((failure) => failure.next.to === 'dlq').map((failure) => ({
    to: 'dlq',
    // Headers are bounded (64 KiB per table in amqplib): a long message must not block dead-lettering.
    headers: { [headers.attempts]: failure.attempts, [headers.consumer]: failure.consumer, [headers.error]: failure.error.message.slice(0, 2000), [headers.failedAt]: failedAt },
  }))
  const again: Reroute[] = []
  for (const excused of [false, true]) {
    const group = failures.flatMap((failure) => (failure.next.to === 'retry' && failure.next.excused === excused ? [{ consumer: failure.consumer, next: failure.next }] : []))
    const first = group[0]
    if (!first) continue
    const consumers = group.flatMap((failure) => (failure.consumer === '' ? wanted ?? [] : [failure.consumer]))
    const target = consumers.length > 0 ? { [headers.consumers]: consumers } : {}
    again.push({
      to: 'retry',
      level: first.next.level,
      delayMs: first.next.delayMs,
      headers: {
        [headers.attempts]: counts.attempts,
        [headers.excused]: counts.excused + (excused ? 1 : 0),
        [headers.firstFailedAt]: counts.firstFailedAt,
        ...target,
      },
    })
  }
  return [...dead, ...again]
}

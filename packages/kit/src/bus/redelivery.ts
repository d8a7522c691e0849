import { BrokenCircuitError } from 'cockatiel'

/** When a failed message is delivered again, and how long an outage of a dependency is waited out. */
export interface RedeliveryOptions {
  /** Wait before the first redelivery; each further one waits twice as long, up to the cap. */
  redeliveryDelayMs?: number
  /** Cap of the wait between two deliveries of one message. */
  maxRedeliveryDelayMs?: number
  /**
   * How long a message whose handler finds a dependency unavailable keeps being delivered again,
   * counted from its first failure, before it is dead-lettered.
   */
  outageRetryMs?: number
}

export type RedeliveryPolicy = Required<RedeliveryOptions>

export const defaultRedelivery: RedeliveryPolicy = {
  redeliveryDelayMs: 250,
  maxRedeliveryDelayMs: 300_000,
  outageRetryMs: 3_600_000,
}

/**
 * Distinct waits a message can be given at most, the last one the cap. RabbitMQ keeps a queue
 * per wait (a message expires only at the head of its queue, so one queue holds one wait).
 */
export const maxRedeliveryLevels = 16

export function redeliveryPolicy(options: RedeliveryOptions): RedeliveryPolicy {
  const policy: RedeliveryPolicy = {
    redeliveryDelayMs: options.redeliveryDelayMs ?? defaultRedelivery.redeliveryDelayMs,
    maxRedeliveryDelayMs: options.maxRedeliveryDelayMs ?? defaultRedelivery.maxRedeliveryDelayMs,
    outageRetryMs: options.outageRetryMs ?? defaultRedelivery.outageRetryMs,
  }
  for (const [name, value] of Object.entries(policy)) {
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer, got ${value}`)
  }
  return { ...policy, maxRedeliveryDelayMs: Math.max(policy.maxRedeliveryDelayMs, policy.redeliveryDelayMs) }
}

/** The waits of the redelivery levels: doubling from the first delay, the last one the cap. */
export function redeliveryLevels(policy: RedeliveryPolicy): number[] {
  const levels: number[] = []
  for (let delay = policy.redeliveryDelayMs; delay < policy.maxRedeliveryDelayMs && levels.length < maxRedeliveryLevels - 1; delay *= 2) {
    levels.push(delay)
    if (delay === 0) break
  }
  return [...levels, policy.maxRedeliveryDelayMs]
}

/** The level a message goes to after its `failures`-th failed delivery. */
export function redeliveryLevel(policy: RedeliveryPolicy, failures: number): number {
  return Math.min(Math.max(failures, 1), redeliveryLevels(policy).length) - 1
}

export function redeliveryDelay(policy: RedeliveryPolicy, failures: number): number {
  return redeliveryLevels(policy)[redeliveryLevel(policy, failures)] ?? policy.maxRedeliveryDelayMs
}

/**
 * What a handler's error says: a dependency is unavailable (an upstream down or behind an open
 * circuit, a timeout, a refused or dropped connection, a database shutting down), or something
 * is wrong with the message or the handler. Only the latter is charged to the message's attempts.
 */
export function isDependencyUnavailable(error: unknown): boolean {
  for (let cause = error, depth = 0; cause !== undefined && cause !== null && depth < 8; depth++) {
    if (cause instanceof BrokenCircuitError) return true
    const code = (cause as { code?: unknown }).code
    if (typeof code === 'string' && unavailableCode(code)) return true
    cause = (cause as { cause?: unknown }).cause
  }
  return false
}

const unavailableCodes = new Set([
  // AppError codes an unreachable or unanswering upstream, store or cache is reported with.
  'UNAVAILABLE', 'UPSTREAM_TIMEOUT',
  // Transport errors.
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN',
  // PostgreSQL: shutting down, starting, out of connections.
  '57P01', '57P02', '57P03', '53300',
])

function unavailableCode(code: string): boolean {
  // SQLSTATE class 08: connection exceptions.
  return unavailableCodes.has(code) || /^08[0-9A-Z]{3}$/.test(code)
}

/** What becomes of a delivery whose handler failed. */
export type Redelivery =
  | { to: 'retry'; delayMs: number; level: number; excused: boolean }
  | { to: 'dlq' }

export interface FailedDelivery {
  error: unknown
  /** Deliveries of the message so far, this one included. */
  deliveries: number
  /** Earlier deliveries that failed for an unavailable dependency, not charged to the attempts. */
  excused: number
  maxAttempts: number
  /** Epoch ms of the message's first failure; now for the first one. */
  firstFailedAt: number
}

/**
 * A dependency that is down does not burn attempts: such a failure is retried with growing
 * waits until the outage bound since the first failure, then dead-lettered. Any other failure
 * is charged, and dead-lettered once maxAttempts deliveries were charged.
 */
export function nextDelivery(policy: RedeliveryPolicy, failure: FailedDelivery, now = Date.now()): Redelivery {
  const excused = isDependencyUnavailable(failure.error)
  const spent = excused
    ? now - failure.firstFailedAt >= policy.outageRetryMs
    : failure.deliveries - failure.excused >= failure.maxAttempts
  if (spent) return { to: 'dlq' }
  return { to: 'retry', delayMs: redeliveryDelay(policy, failure.deliveries), level: redeliveryLevel(policy, failure.deliveries), excused }
}

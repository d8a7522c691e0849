import {
  CircuitState,
  ConsecutiveBreaker,
  ExponentialBackoff,
  circuitBreaker,
  handleType,
  handleWhen,
  retry,
  type CircuitBreakerPolicy,
  type IBackoff,
  type IBackoffFactory,
  type RetryPolicy,
} from 'cockatiel'
import type { Logger } from 'pino'
import { UpstreamFailure } from './failure.ts'

export interface BreakerOptions {
  consecutiveFailures: number
  /** The longest wait of an open breaker before it lets a trial call through. */
  halfOpenAfterMs: number
}

/**
 * The first trial call after the breaker opens; each failed one waits half as long again, up
 * to halfOpenAfterMs. A dependency restarted in a second or two is used again about as soon
 * as it is ready, and one that stays down gets a trial call per halfOpenAfterMs.
 */
const firstProbeAfterMs = 200
const probeGrowth = 1.5

export interface Breaker {
  policy: CircuitBreakerPolicy
  /** Whole seconds until the open breaker lets a probe through, for Retry-After. */
  retryAfterSeconds(): number
  state(): 'closed' | 'open' | 'half-open' | 'isolated'
}

/**
 * One breaker per upstream, counting failed calls (after retries and replica failover), so it
 * opens only when consecutive calls fail on every replica they could reach. 4xx answers are
 * results, not failures, and a caller's own abort is neither.
 */
export function createBreaker(upstream: string, options: BreakerOptions, log: Logger | undefined): Breaker {
  let probeAt = 0
  const policy = circuitBreaker(handleType(UpstreamFailure), {
    breaker: new ConsecutiveBreaker(options.consecutiveFailures),
    halfOpenAfter: probeWaits(options.halfOpenAfterMs, (delayMs) => { probeAt = Date.now() + delayMs }),
  })
  policy.onBreak(() => log?.warn({ upstream }, 'circuit opened'))
  policy.onHalfOpen(() => log?.info({ upstream }, 'circuit half-open, probing'))
  policy.onReset(() => log?.info({ upstream }, 'circuit closed'))
  const names = {
    [CircuitState.Closed]: 'closed',
    [CircuitState.Open]: 'open',
    [CircuitState.HalfOpen]: 'half-open',
    [CircuitState.Isolated]: 'isolated',
  } as const
  return {
    policy,
    retryAfterSeconds: () => Math.max(1, Math.ceil((probeAt - Date.now()) / 1000)),
    state: () => names[policy.state],
  }
}

/** The open breaker's waits before each trial call, told to `taken` as the breaker opens. */
function probeWaits(maxMs: number, taken: (delayMs: number) => void): IBackoffFactory<unknown> {
  const wait = (delayMs: number): IBackoff<unknown> => {
    taken(delayMs)
    return { duration: delayMs, next: () => wait(Math.min(maxMs, Math.round(delayMs * probeGrowth))) }
  }
  return { next: () => wait(Math.min(firstProbeAfterMs, maxMs)) }
}

export interface RetryOptions {
  /** Retries after the first attempt. */
  retries: number
  /** Epoch ms after which no new attempt starts. */
  deadline: number
  /** An attempt is not started with less time than this left before the deadline. */
  minAttemptMs: number
  idempotent: boolean
}

/**
 * The retry policy of one call: jittered exponential backoff, capped in attempts and in total
 * time. A call that may have reached the upstream is retried only when it is idempotent; a
 * refused connection never reached it, so any call may try another replica.
 */
export function createRetry(options: RetryOptions): RetryPolicy {
  const retriable = (error: unknown) =>
    error instanceof UpstreamFailure &&
    (error.kind === 'refused' || (options.idempotent && error.transient)) &&
    options.deadline - Date.now() >= options.minAttemptMs
  return retry(handleWhen(retriable), {
    maxAttempts: options.retries,
    backoff: withinDeadline(new ExponentialBackoff({ initialDelay: 50, maxDelay: 1000 }), options.deadline - options.minAttemptMs),
  })
}

/** Shortens each backoff so the attempt after it still starts before `latestStart`. */
function withinDeadline<C>(factory: IBackoffFactory<C>, latestStart: number): IBackoffFactory<C> {
  const clamp = (backoff: IBackoff<C>): IBackoff<C> => ({
    duration: Math.max(0, Math.min(backoff.duration, latestStart - Date.now())),
    next: (context) => clamp(backoff.next(context)),
  })
  return { next: (context) => clamp(factory.next(context)) }
}

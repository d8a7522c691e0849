import type { Logger } from '../logger.ts'

export interface PollerOptions {
  /** How often a round starts; a round still running when the next is due makes it skip. */
  intervalMs: number
  /** One round; `signal` aborts once the poller stops, so a long round can end early. */
  run: (signal: AbortSignal) => Promise<unknown>
  log: Logger
  /** What a round does, for the log line when one fails. */
  what?: string
  /** Whether the first round runs now (the default) or one interval from now. */
  runNow?: boolean
}

export interface Poller {
  /** Stops the timer, aborts the round's signal and waits for the round in progress. */
  stop(): Promise<void>
}

/**
 * A worker loop: `run` every `intervalMs`, never two rounds at once. A failed round is logged
 * and the next one tries again, so the work it polls for must be durable. The kit runs a
 * definition's `jobs` on it and stops them on shutdown.
 */
export function startPoller(options: PollerOptions): Poller {
  const stopping = new AbortController()
  let running: Promise<void> | undefined
  const tick = () => {
    if (running || stopping.signal.aborted) return
    running = (async () => options.run(stopping.signal))()
      .then(() => undefined, (error: unknown) => options.log.error({ err: error }, `${options.what ?? 'poll round'} failed; the next round retries`))
      .finally(() => { running = undefined })
  }
  // The server keeps a service alive; a poller alone must not keep a process from exiting.
  const timer = setInterval(tick, options.intervalMs).unref()
  if (options.runNow ?? true) tick()
  return {
    async stop() {
      clearInterval(timer)
      stopping.abort()
      await running
    },
  }
}

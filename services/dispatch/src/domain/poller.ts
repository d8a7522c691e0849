import type { Logger } from '@bazaar/kit'

export interface Poller {
  /** Stops the timer and waits for the round in progress. */
  stop(): Promise<void>
}

/**
 * Runs `round` every `intervalMs`, never two at once; a failed round is logged and the next
 * one tries again. Durable jobs make a missed round harmless.
 */
export function startPoller(round: () => Promise<unknown>, intervalMs: number, log: Logger, what: string): Poller {
  let running: Promise<void> | undefined
  const tick = () => {
    if (running) return
    running = round()
      .then(() => undefined, (error: unknown) => log.error({ err: error }, `${what} failed; the next round retries`))
      .finally(() => { running = undefined })
  }
  const timer = setInterval(tick, intervalMs)
  tick()
  return {
    async stop() {
      clearInterval(timer)
      await running
    },
  }
}

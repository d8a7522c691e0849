import type { Logger } from 'pino'

export interface PeriodicTask {
  name: string
  run(): Promise<unknown>
}

export interface Periodic {
  /** Waits for the round in progress, then runs no more. */
  stop(): Promise<void>
}

/**
 * Runs the tasks one after another now, then again `intervalMs` after each round ends, so
 * rounds never overlap. A failing task is logged and tried again in the next round.
 */
export function runPeriodically(tasks: readonly PeriodicTask[], intervalMs: number, log: Logger): Periodic {
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  let round: Promise<void> = Promise.resolve()

  async function runRound(): Promise<void> {
    for (const task of tasks) {
      if (stopped) return
      try {
        await task.run()
      } catch (error) {
        log.error({ err: error, task: task.name }, 'periodic task failed; it runs again next round')
      }
    }
  }

  function schedule(delay: number): void {
    timer = setTimeout(() => {
      round = runRound().finally(() => {
        if (!stopped) schedule(intervalMs)
      })
    }, delay)
  }

  schedule(0)
  return {
    async stop() {
      stopped = true
      clearTimeout(timer)
      await round
    },
  }
}

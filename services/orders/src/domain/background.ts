import type { Logger } from 'pino'

export interface PeriodicTask {
  name: string
  run(): Promise<unknown>
}

/**
 * One round of the background tasks, one after another; a failing task is logged and tried
 * again next round. Once `signal` aborts (the service stops), the tasks left wait for the next start.
 */
export async function runTasks(tasks: readonly PeriodicTask[], log: Logger, signal: AbortSignal): Promise<void> {
  for (const task of tasks) {
    if (signal.aborted) return
    try {
      await task.run()
    } catch (error) {
      log.error({ err: error, task: task.name }, 'periodic task failed; it runs again next round')
    }
  }
}

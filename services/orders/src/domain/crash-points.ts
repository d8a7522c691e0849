/**
 * Test hook (setting CRASH_AT): the process dies without any cleanup at one step of the saga,
 * as it would on a power cut, so crash tests prove that recovery finishes every saga.
 *   after_pending      the pending order is committed, inventory not called yet
 *   after_reserve      inventory holds the stock, the order is still pending
 *   after_paid_commit  the order is paid and order.paid is in the outbox, the event not yet acknowledged
 */
export type CrashPoint = 'after_pending' | 'after_reserve' | 'after_paid_commit'

export function crashAt(setting: CrashPoint | ''): (point: CrashPoint) => void {
  return (point) => {
    if (setting === point) process.kill(process.pid, 'SIGKILL')
  }
}

import { channel } from 'node:diagnostics_channel'

/**
 * Marks that the code reached a named point, such as `orders.after_pending`, on the
 * diagnostics channel of that name: whoever wants to act there (a crash test kills the process
 * at it) subscribes, and nothing in the code knows who. With no subscriber it only looks the
 * channel up, so it may sit on hot paths.
 */
export function checkpoint(name: string, message: object = {}): void {
  const named = channel(name)
  if (named.hasSubscribers) named.publish(message)
}

export interface OutageWatch {
  /** A call failed: the first failure of an outage is told, the others are not. */
  failed(error?: unknown): void
  /** A call succeeded: the end of an outage is told, with how long it lasted. */
  succeeded(): void
}

/**
 * Tells an outage once when it starts and once when it ends, however many calls fail in
 * between: one warning and one info line per outage, not one per request.
 */
export function outageWatch(tell: { started(error: unknown): void; ended(outageMs: number): void }): OutageWatch {
  let since: number | undefined
  return {
    failed(error) {
      if (since !== undefined) return
      since = Date.now()
      tell.started(error)
    },
    succeeded() {
      if (since === undefined) return
      const outageMs = Date.now() - since
      since = undefined
      tell.ended(outageMs)
    },
  }
}

/**
 * Round-robin over replicas with passive health checking: a replica that fails is ejected for
 * `ejectionMs`, and the first pick after that period is its probe (success keeps it in, failure
 * ejects it again). When every replica is ejected the one due back soonest is used anyway:
 * refusing to call at all is the circuit breaker's decision, not the balancer's.
 */
export interface Balancer<T> {
  pick(): T
  /** Answers true when this failure took the replica out of rotation (it was in). */
  eject(replica: T): boolean
  /** Answers true when a replica that had been ejected is healthy again. */
  restore(replica: T): boolean
  isEjected(replica: T): boolean
}

export function createBalancer<T>(replicas: readonly T[], options: { ejectionMs: number; now?: () => number }): Balancer<T> {
  if (replicas.length === 0) throw new Error('a balancer needs at least one replica')
  const now = options.now ?? Date.now
  // 0 = healthy; otherwise the time the ejection ends (kept after it ends, until the probe answers).
  const ejectedUntil = new Map<T, number>(replicas.map((replica) => [replica, 0]))
  let cursor = 0

  const available = (replica: T) => (ejectedUntil.get(replica) ?? 0) <= now()

  return {
    pick() {
      for (let offset = 0; offset < replicas.length; offset++) {
        const index = (cursor + offset) % replicas.length
        const replica = replicas[index] as T
        if (available(replica)) {
          cursor = index + 1
          return replica
        }
      }
      return replicas.reduce((soonest, replica) =>
        (ejectedUntil.get(replica) ?? 0) < (ejectedUntil.get(soonest) ?? 0) ? replica : soonest)
    },
    eject(replica) {
      const wasIn = (ejectedUntil.get(replica) ?? 0) === 0
      ejectedUntil.set(replica, now() + options.ejectionMs)
      return wasIn
    },
    restore(replica) {
      const wasOut = (ejectedUntil.get(replica) ?? 0) !== 0
      ejectedUntil.set(replica, 0)
      return wasOut
    },
    isEjected(replica) {
      return !available(replica)
    },
  }
}

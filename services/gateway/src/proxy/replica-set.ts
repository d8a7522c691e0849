import type { Logger } from 'pino'
import { Pool } from 'undici'
import { probe } from './probe.ts'

export interface Replica {
  readonly url: string
  readonly basePath: string
  /** Kept connections to this replica, made once at start: the hot path allocates no client. */
  readonly pool: Pool
  ejected: boolean
  /** Consecutive degraded answers (timeouts, 502-504) since the last good one. */
  failures: number
  probeTimer: NodeJS.Timeout | undefined
}

/**
 * `unreachable`: the connection was refused or broke, the replica is gone, out at once.
 * `degraded`: it timed out or answered 502-504; out after several in a row, as one slow call proves little.
 */
export type ReplicaFailure = 'unreachable' | 'degraded'

export interface ReplicaSet {
  readonly service: string
  readonly replicas: readonly Replica[]
  /** The next replica in rotation; undefined when the service runs no replica. */
  pick(): Replica | undefined
  succeeded(replica: Replica): void
  failed(replica: Replica, failure: ReplicaFailure): void
  close(): Promise<void>
}

export interface ReplicaSetOptions {
  /** How often an ejected replica's /health is probed until it answers 200. */
  ejectionMs: number
  failuresToEject: number
  connectTimeoutMs: number
  probeTimeoutMs: number
  log?: Logger
}

/**
 * Round-robin over a service's replicas with outlier ejection and active probing back (rather
 * than undici's BalancedPool, which only lowers a failing upstream's weight and so keeps sending
 * it some traffic). No client request is spent on probing an ejected replica: a timer asks its
 * /health. When every replica is out the rotation goes on over all of them, so a restarted
 * single replica gets traffic at once; refusing every call is not the balancer's decision.
 */
export function createReplicaSet(service: string, urls: readonly string[], options: ReplicaSetOptions): ReplicaSet {
  const { log } = options
  const replicas: Replica[] = urls.map((url) => {
    const parsed = new URL(url)
    return {
      url,
      basePath: parsed.pathname.replace(/\/+$/, ''),
      pool: new Pool(parsed.origin, { connect: { timeout: options.connectTimeoutMs } }),
      ejected: false,
      failures: 0,
      probeTimer: undefined,
    }
  })
  let next = 0
  let closed = false

  function advance(): Replica {
    const replica = replicas[next] as Replica
    next = next + 1 === replicas.length ? 0 : next + 1
    return replica
  }

  function restore(replica: Replica): void {
    replica.ejected = false
    replica.failures = 0
    clearTimeout(replica.probeTimer)
    replica.probeTimer = undefined
    log?.info({ upstream: service, url: replica.url }, 'replica restored')
  }

  function scheduleProbe(replica: Replica): void {
    if (closed || replica.probeTimer !== undefined) return
    replica.probeTimer = setTimeout(async () => {
      replica.probeTimer = undefined
      if (closed || !replica.ejected) return
      if (await probe(replica, options.probeTimeoutMs)) {
        if (!closed && replica.ejected) restore(replica)
      } else {
        scheduleProbe(replica)
      }
    }, options.ejectionMs).unref()
  }

  function eject(replica: Replica): void {
    replica.ejected = true
    replica.failures = 0
    log?.warn({ upstream: service, url: replica.url }, 'replica ejected')
    scheduleProbe(replica)
  }

  return {
    service,
    replicas,
    pick() {
      if (replicas.length === 0) return undefined
      for (let tried = 0; tried < replicas.length; tried++) {
        const replica = advance()
        if (!replica.ejected) return replica
      }
      return advance()
    },
    succeeded(replica) {
      if (replica.ejected) restore(replica)
      else replica.failures = 0
    },
    failed(replica, failure) {
      if (replica.ejected) return
      if (failure === 'unreachable' || ++replica.failures >= options.failuresToEject) eject(replica)
    },
    async close() {
      closed = true
      for (const replica of replicas) clearTimeout(replica.probeTimer)
      await Promise.all(replicas.map((replica) => replica.pool.close()))
    },
  }
}

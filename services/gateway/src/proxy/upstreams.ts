import { createReplicaSet, type ReplicaSet, type ReplicaSetOptions } from './replica-set.ts'

export interface Upstreams {
  /** Every running service but the gateway, in topology order. */
  readonly services: readonly string[]
  /** Undefined for a service that does not run (the launcher did not start it). */
  get(service: string): ReplicaSet | undefined
  close(): Promise<void>
}

export interface UpstreamsOptions extends Omit<ReplicaSetOptions, 'connectTimeoutMs'> {
  /** The services to reach, the gateway itself excluded. */
  services: readonly string[]
  /** Base URLs of a service's running replicas; empty when it does not run. */
  urls(service: string): string[]
  /** A service's connect timeout: its edge's timeout in the topology. */
  connectTimeoutMs(service: string): number
}

/** One replica set per running service, made at start and closed on shutdown. */
export function createUpstreams(options: UpstreamsOptions): Upstreams {
  const sets = new Map<string, ReplicaSet>()
  for (const service of options.services) {
    const urls = options.urls(service)
    if (urls.length === 0) continue
    sets.set(service, createReplicaSet(service, urls, {
      ejectionMs: options.ejectionMs,
      failuresToEject: options.failuresToEject,
      probeTimeoutMs: options.probeTimeoutMs,
      connectTimeoutMs: options.connectTimeoutMs(service),
      ...(options.log === undefined ? {} : { log: options.log }),
    }))
  }
  return {
    services: [...sets.keys()],
    get: (service) => sets.get(service),
    async close() {
      await Promise.all([...sets.values()].map((set) => set.close()))
    },
  }
}

import { probe } from './probe.ts'
import type { Upstreams } from './upstreams.ts'

export type State = 'up' | 'down'

export interface PlatformHealth {
  status: State
  services: Record<string, State>
}

/**
 * Every running service, each replica's /health probed in parallel: a service is up while any
 * replica answers (the gateway routes around the others), the platform while every service is.
 */
export async function platformHealth(upstreams: Upstreams, timeoutMs: number): Promise<PlatformHealth> {
  const states = await Promise.all(upstreams.services.map(async (service) => {
    const replicas = upstreams.get(service)?.replicas ?? []
    const answers = await Promise.all(replicas.map((replica) => probe(replica, timeoutMs)))
    return [service, answers.includes(true) ? 'up' : 'down'] as const
  }))
  return {
    status: states.every(([, state]) => state === 'up') ? 'up' : 'down',
    services: Object.fromEntries(states),
  }
}

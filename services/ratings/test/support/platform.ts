import { randomUUID } from 'node:crypto'
import { baseConfig, deriveClientSecret, loadConfig, type EventEnvelope } from '@bazaar/kit'
import { startPlatform, type Platform } from '@bazaar/cli'
import { freePort } from '@bazaar/kit/testing'
import { loadTopology } from '@bazaar/topology'
import { client, type Client } from './http.ts'

export interface RatingsPlatform {
  platform: Platform
  users: Client
  ratings: Client
  /** Every rating.created published since the platform started listening. */
  events: EventEnvelope[]
  /** Registers and logs in a new customer; answers the user id and an access token. */
  customer(): Promise<{ userId: string; token: string }>
  /** A client-credentials token of `clientId` for calling ratings. */
  serviceToken(clientId: string): Promise<string>
  stop(): Promise<void>
}

/** The users and ratings services for real: embedded runtime, in-memory PGlite, real HTTP on free ports. */
export async function startRatingsPlatform(): Promise<RatingsPlatform> {
  const topology = await loadTopology(new URL('../../../../topology.yaml', import.meta.url).pathname)
  // randomPorts sets PORT 0, which the kit reads as "the topology's port": other test files
  // running at the same time would collide there, so each service gets a free port of its own.
  const ports: Record<string, number> = { users: await freePort(), ratings: await freePort() }
  const platform = await startPlatform({ topology, randomPorts: true, only: Object.keys(ports), overrides: (service) => ({ LOG_LEVEL: 'warn', PORT: ports[service] }) })
  const users = client(platform.url('users'))
  const events: EventEnvelope[] = []
  const bus = await platform.runtime.openBus('test', loadConfig(baseConfig, { env: {} }))
  await bus.subscribe(`test-ratings-${randomUUID()}`, ['rating.created'], async (event) => { events.push(event) })

  return {
    platform,
    users,
    ratings: client(platform.url('ratings')),
    events,
    async customer() {
      const email = `rater-${randomUUID()}@example.com`
      const password = 'correct-horse-battery'
      const registered = await users.post<{ user_id: string }>('/users', { email, password })
      const login = await users.post<{ access_token: string }>('/auth/login', { email, password })
      if (registered.status !== 201 || login.status !== 200) throw new Error(`sign-up answered ${registered.status}/${login.status}`)
      return { userId: registered.body.user_id, token: login.body.access_token }
    },
    async serviceToken(clientId) {
      const secret = deriveClientSecret(platform.serviceClientKey, clientId)
      const grant = await users.post<{ access_token: string }>('/auth/token', { grant_type: 'client_credentials', client_id: clientId, client_secret: secret, audience: 'ratings' })
      if (grant.status !== 200) throw new Error(`/auth/token answered ${grant.status}`)
      return grant.body.access_token
    },
    stop: () => platform.stop(),
  }
}

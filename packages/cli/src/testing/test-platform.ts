import { randomUUID } from 'node:crypto'
import { baseConfig, deriveClientSecret, envelope, loadConfig, type Bus, type EventEnvelope } from '@bazaar/kit'
import { jsonClient, type JsonClient } from '@bazaar/kit/testing'
import { loadTopology } from '@bazaar/topology'
import { startPlatform, type Platform } from '../platform/platform.ts'

const topologyFile = new URL('../../../../topology.yaml', import.meta.url).pathname

export interface TestPlatformOptions {
  only: readonly string[]
  /** Every service's log level, unless `settings` says otherwise; silent by default. */
  logLevel?: string
  /** Settings per service, on top of the log level. */
  settings?: Record<string, Record<string, unknown>>
  /** PGlite files and kept secrets; in memory when undefined. */
  dataDir?: string
  /** Event types the test listens to from the start, into `received`. */
  listen?: string[]
  /** The test's consumer (a durable queue): the same name after a restart gets what was published meanwhile. */
  consumer?: string
}

export interface TestPlatform {
  platform: Platform
  url(service: string): string
  /** A JSON client of one running service. */
  client(service: string): JsonClient
  /** The test's own client of the platform's bus. */
  bus: Bus
  /** Every event of `listen` the test's consumer received, in order. */
  received: EventEnvelope[]
  /** Everything published of `types` from now on, as it arrives. */
  listen(types: string[]): Promise<EventEnvelope[]>
  /** Publishes an event on the platform's bus, as its owner service's relay would; `id` fixes the event id. */
  publish(source: string, type: string, data: unknown, id?: string): Promise<EventEnvelope>
  /** Publishes an event again, as a redelivery would bring it. */
  republish(event: EventEnvelope): Promise<void>
  /** An access token of this user, from the users service. */
  login(email: string, password: string): Promise<string>
  /** Registers a new customer (with `fields` beside email and password) and logs in. */
  signUp(fields?: Record<string, unknown>): Promise<{ userId: string; token: string; email: string }>
  /** A client-credentials token of `clientId` for calling `audience`. */
  serviceToken(clientId: string, audience: string): Promise<string>
  stop(): Promise<void>
}

/** The real services of the repository's topology in one embedded runtime on free ports, with a bus client and accounts for the test. */
export async function startTestPlatform(options: TestPlatformOptions): Promise<TestPlatform> {
  const platform = await startPlatform({
    topology: await loadTopology(topologyFile),
    randomPorts: true,
    dataDir: options.dataDir,
    only: options.only,
    overrides: (service) => ({ LOG_LEVEL: options.logLevel ?? 'silent', ...options.settings?.[service] }),
  })
  const received: EventEnvelope[] = []
  let bus: Bus
  try {
    bus = await platform.runtime.openBus('test', loadConfig(baseConfig, { env: {} }))
    if (options.listen) await bus.subscribe(options.consumer ?? `test.${randomUUID()}`, options.listen, async (event) => { received.push(event) })
  } catch (error) {
    await platform.stop()
    throw error
  }
  const client = (service: string) => jsonClient(platform.url(service))
  const login = async (email: string, password: string): Promise<string> => {
    const reply = await client('users').post<{ access_token: string }>('/auth/login', { email, password })
    if (reply.status !== 200) throw new Error(`login answered ${reply.status}: ${reply.text}`)
    return reply.body.access_token
  }
  return {
    platform,
    url: (service) => platform.url(service),
    client,
    bus,
    received,
    async listen(types) {
      const seen: EventEnvelope[] = []
      await bus.subscribe(`test.${randomUUID()}`, types, async (event) => { seen.push(event) })
      return seen
    },
    async publish(source, type, data, id) {
      const event = { ...envelope(source, { type, data }), ...(id === undefined ? {} : { id }) }
      await bus.publish(event)
      return event
    },
    republish: (event) => bus.publish(event),
    login,
    async signUp(fields = {}) {
      const email = `shopper-${randomUUID()}@example.com`
      const password = 'correct-horse-battery'
      const registered = await client('users').post<{ user_id: string }>('/users', { ...fields, email, password })
      if (registered.status !== 201) throw new Error(`register answered ${registered.status}: ${registered.text}`)
      return { userId: registered.body.user_id, token: await login(email, password), email }
    },
    async serviceToken(clientId, audience) {
      const secret = deriveClientSecret(platform.serviceClientKey, clientId)
      const grant = await client('users').post<{ access_token: string }>('/auth/token', { grant_type: 'client_credentials', client_id: clientId, client_secret: secret, audience })
      if (grant.status !== 200) throw new Error(`/auth/token answered ${grant.status}: ${grant.text}`)
      return grant.body.access_token
    },
    async stop() {
      await bus.close()
      await platform.stop()
    },
  }
}

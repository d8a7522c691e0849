import { randomUUID } from 'node:crypto'
import { baseConfig, envelope, loadConfig, type Bus, type EventEnvelope } from '@bazaar/kit'
import { startPlatform, type Platform } from '@bazaar/cli'
import { freePort } from '@bazaar/kit/testing'
import { loadTopology } from '@bazaar/topology'

export interface TestPlatform {
  platform: Platform
  url(service: string): string
  /** Publishes an event onto the platform's bus, as its owner service would. */
  publish(source: string, type: string, data: unknown): Promise<EventEnvelope>
  /** Publishes an event again, as a redelivery would bring it. */
  republish(event: EventEnvelope): Promise<void>
  /** Every event the test's own consumer received, in order. */
  received: EventEnvelope[]
  /** Registers a customer and logs in. */
  signUp(): Promise<{ userId: string; token: string }>
  stop(): Promise<void>
}

export interface TestPlatformOptions {
  only: string[]
  /** Settings per service on top of quiet logs. */
  settings?: Record<string, Record<string, unknown>>
  /** PGlite files and kept secrets; in memory when undefined. */
  dataDir?: string
  /** Event types the test listens to. */
  listen?: string[]
  /** The test's consumer (a durable queue): the same name after a restart gets what was published meanwhile. */
  consumer?: string
}

/** The real services in one embedded runtime on free ports, with a bus client for the test. */
export async function startTestPlatform(options: TestPlatformOptions): Promise<TestPlatform> {
  const topology = await loadTopology(new URL('../../../../topology.yaml', import.meta.url).pathname)
  // randomPorts alone asks for PORT 0, which the kit reads as "the topology's port": free ports
  // are chosen here, so platforms of tests running side by side never collide.
  const ports = new Map(await Promise.all(options.only.map(async (service) => [service, await freePort()] as const)))
  const platform = await startPlatform({
    topology,
    randomPorts: true,
    dataDir: options.dataDir,
    only: options.only,
    overrides: (service) => ({ PORT: ports.get(service), LOG_LEVEL: 'silent', ...options.settings?.[service] }),
  })
  const received: EventEnvelope[] = []
  let bus: Bus
  try {
    bus = await platform.runtime.openBus('test', loadConfig(baseConfig, { env: {} }))
    if (options.listen) {
      await bus.subscribe(options.consumer ?? `test.${randomUUID()}`, options.listen, async (event) => { received.push(event) })
    }
  } catch (error) {
    await platform.stop()
    throw error
  }
  const url = (service: string) => platform.url(service)
  return {
    platform,
    url,
    received,
    async publish(source, type, data) {
      const event = envelope(source, { type, data })
      await bus.publish(event)
      return event
    },
    republish: (event) => bus.publish(event),
    async signUp() {
      const email = `shopper-${randomUUID()}@example.com`
      const password = 'correct-horse-battery'
      const registered = await fetch(`${url('users')}/users`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password, name: 'Ada Shopper' }) })
      if (registered.status !== 201) throw new Error(`register answered ${registered.status}`)
      const { user_id: userId } = (await registered.json()) as { user_id: string }
      const login = await fetch(`${url('users')}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) })
      if (login.status !== 200) throw new Error(`login answered ${login.status}`)
      const { access_token: token } = (await login.json()) as { access_token: string }
      return { userId, token }
    },
    stop: () => platform.stop(),
  }
}

/** GET as JSON with an optional bearer token. */
export async function getJson<T = Record<string, unknown>>(url: string, token?: string): Promise<{ status: number; body: T }> {
  const response = await fetch(url, { headers: token === undefined ? {} : { authorization: `Bearer ${token}` } })
  const text = await response.text()
  return { status: response.status, body: (text === '' ? undefined : JSON.parse(text)) as T }
}

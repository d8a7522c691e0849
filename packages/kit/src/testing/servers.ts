import { connect } from 'node:net'
import type { TestContext } from 'node:test'
import { missingPrerequisite } from './prerequisites.ts'

/**
 * Where the real servers for adapter tests live. Locally a test whose server is unreachable
 * is skipped with a reason; under CI=true it fails, because CI promises those servers.
 */
export const servers = {
  postgres: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  redis: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
  amqp: process.env.TEST_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672',
}

export type ServerName = keyof typeof servers

/** Whether something accepts connections at the URL's host and port, within a second. */
export function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port), timeout: 1000 })
    socket.once('connect', () => { socket.destroy(); resolve(true) })
    socket.once('timeout', () => { socket.destroy(); resolve(false) })
    socket.once('error', () => resolve(false))
  })
}

/** Answers the server's URL, or skips the test (fails it under CI=true) when it is down. */
export async function needServer(t: TestContext, name: ServerName): Promise<string | undefined> {
  const reason = await missingServers([name])
  if (!reason) return servers[name]
  t.skip(reason)
  return undefined
}

/**
 * For a whole suite (`describe(..., { skip })`): false when every server is reachable, else why
 * the suite is skipped. Under CI=true a missing server throws instead: CI promises them.
 */
export async function missingServers(names: readonly ServerName[]): Promise<string | false> {
  const down = []
  for (const name of names) if (!(await reachable(servers[name]))) down.push(`${name} at ${new URL(servers[name]).host}`)
  if (down.length === 0) return false
  return missingPrerequisite(`not reachable: ${down.join(', ')}`)
}

import { readFile } from 'node:fs/promises'
import { createEmbeddedRuntime, startService } from '@bazaar/kit'
import { service as gateway } from '@bazaar/gateway'
import { parseTopology } from '@bazaar/topology'
import { service as users } from '@bazaar/users'
import { freePort } from '@bazaar/kit/testing'
import { answerProfileRequests } from './profiler.ts'

/**
 * The real gateway and users service in one embedded runtime, as the launcher runs them, in a
 * child process of the bench: argv[2] is the echo upstream's URL; `--profile` after it lets the
 * parent profile a window of its CPU. Once both listen, it registers and logs in a customer
 * through the gateway and sends the parent the gateway's URL and the customer's access token.
 * Exits on SIGTERM or when the parent goes away.
 */
export interface PlatformReady {
  url: string
  token: string
}

const [echoUrl, profile] = process.argv.slice(2)
if (echoUrl === undefined) throw new Error('usage: platform-process.ts <echo upstream url> [--profile]')
if (profile === '--profile') answerProfileRequests()

const topologyFile = new URL('./topology.yaml', import.meta.url)
const topology = parseTopology(await readFile(topologyFile, 'utf8'), topologyFile.pathname)
const ports = { gateway: await freePort(), users: await freePort() }
const urls: Record<string, string[]> = {
  gateway: [`http://127.0.0.1:${ports.gateway}`],
  users: [`http://127.0.0.1:${ports.users}`],
  echo: [echoUrl],
}
const settings: Record<string, Record<string, unknown>> = {
  // Limits no bench run reaches: the limiter still counts every request, as in production.
  gateway: { PORT: ports.gateway, LOG_LEVEL: 'warn', RATE_LIMIT_MAX: 1_000_000_000 },
  users: { PORT: ports.users, LOG_LEVEL: 'warn', ADMIN_PASSWORD: 'bench-admin-pass-123', SERVICE_CLIENT_KEY: 'b'.repeat(32) },
}
const runtime = await createEmbeddedRuntime({ topology, overrides: (name) => settings[name] ?? {}, urls: (name) => urls[name] })
const runningUsers = await startService(users, runtime)
const runningGateway = await startService(gateway, runtime)

async function post(path: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${runningGateway.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${text}`)
  return JSON.parse(text) as Record<string, unknown>
}

const customer = { email: `bench-${process.pid}@example.com`, password: 'correct-horse-battery' }
await post('/api/users', customer)
const { access_token: token } = await post('/api/auth/login', customer)
if (typeof token !== 'string') throw new Error('login answered no access_token')

let stopping = false
async function stop(): Promise<void> {
  if (stopping) return
  stopping = true
  await runningGateway.stop()
  await runningUsers.stop()
  await runtime.close()
  process.exit(0)
}
process.once('SIGTERM', () => void stop())
process.once('disconnect', () => void stop())

const ready: PlatformReady = { url: runningGateway.url, token }
process.send?.(ready)

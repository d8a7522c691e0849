import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse, stringify } from 'yaml'
import { freePorts, waitFor } from '@bazaar/kit/testing'

// '@bazaar/cli/testing' resolves to this file, so the in-process test platform is exported here too.

const root = new URL('../../../../', import.meta.url).pathname
const bin = join(root, 'packages/cli/bin/bazaar.ts')
const crashAtModule = new URL('./crash-at.ts', import.meta.url).pathname

/**
 * `bazaar start` as a user runs it, in a child process, on a copy of the topology with a free
 * port for each service, so it can run beside a platform someone already started.
 */
export interface PlatformProcess {
  readonly gatewayUrl: string
  /** The one process every embedded service runs in. */
  readonly pid: number
  readonly dataDir: string
  /** Everything the process printed so far, one entry per line. */
  readonly lines: string[]
  logsOf(service: string): Record<string, unknown>[]
  /** Sends SIGINT, as Ctrl-C does, and answers the exit code. */
  interrupt(): Promise<number | null>
  /** Settles when the process ends by itself (a crash), with its exit code or signal. */
  readonly exited: Promise<number | string | null>
}

export async function workspace(): Promise<{ topologyFile: string; dataDir: string; gatewayPort: number; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'bazaar-start-'))
  const topology = parse(await readFile(join(root, 'topology.yaml'), 'utf8')) as { gateway: { service: string }; services: Record<string, { port: number }> }
  const free = await freePorts(Object.keys(topology.services).length)
  for (const service of Object.values(topology.services)) service.port = free.pop()!
  const topologyFile = join(dir, 'topology.yaml')
  await writeFile(topologyFile, stringify(topology))
  const gatewayPort = topology.services[topology.gateway.service]!.port
  return { topologyFile, dataDir: join(dir, 'data'), gatewayPort, remove: () => rm(dir, { recursive: true, force: true }) }
}

const running = new Set<ChildProcess>()

/** Kills what a failed test left running; call from an `after` hook. */
export function killStrays(): void {
  for (const child of running) child.kill('SIGKILL')
}

export interface ProcessOptions {
  /** A checkpoint (such as `orders.after_pending`) at which the process kills itself: see crash-at.ts. */
  crashAt?: string
}

export async function startPlatformProcess(place: { topologyFile: string; dataDir: string; gatewayPort: number }, env: Record<string, string> = {}, options: ProcessOptions = {}): Promise<PlatformProcess> {
  const crashing = options.crashAt === undefined ? [] : ['--import', crashAtModule]
  const child: ChildProcess = spawn(process.execPath, [...crashing, bin, 'start', '--topology', place.topologyFile, '--data-dir', place.dataDir], {
    cwd: root,
    env: { ...process.env, ...env, ...(options.crashAt === undefined ? {} : { BAZAAR_TEST_CRASH_AT: options.crashAt }) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  running.add(child)
  child.once('exit', () => running.delete(child))
  const lines: string[] = []
  let exit: number | string | null | undefined
  const exited = new Promise<number | string | null>((resolve) => child.once('exit', (code, signal) => { exit = code ?? signal; resolve(exit) }))
  const collect = (chunk: Buffer, rest: { text: string }) => {
    rest.text += chunk.toString()
    const parts = rest.text.split('\n')
    rest.text = parts.pop() ?? ''
    lines.push(...parts)
  }
  const out = { text: '' }
  const err = { text: '' }
  child.stdout?.on('data', (chunk: Buffer) => collect(chunk, out))
  child.stderr?.on('data', (chunk: Buffer) => collect(chunk, err))
  await waitFor(() => {
    if (exit !== undefined) throw new Error(`bazaar start exited with ${exit}:\n${lines.join('\n')}`)
    return lines.some((line) => line.startsWith('Bazaar is running'))
  }, { timeoutMs: 60_000, what: 'the start banner' }).catch((error: Error) => {
    child.kill('SIGKILL')
    throw new Error(`${error.message}\n${lines.slice(-20).join('\n')}`)
  })
  return {
    gatewayUrl: `http://127.0.0.1:${place.gatewayPort}`,
    pid: child.pid!,
    dataDir: place.dataDir,
    lines,
    logsOf: (service) => lines.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.service === service),
    async interrupt() {
      child.kill('SIGINT')
      const code = await exited
      return typeof code === 'number' || code === null ? code : null
    },
    exited,
  }
}

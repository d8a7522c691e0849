import { spawn, type ChildProcess } from 'node:child_process'
import { freePort } from './free-port.ts'
import { reachable } from './servers.ts'
import { waitFor } from './wait-for.ts'

export interface RedisServer {
  readonly url: string
  /** Stops the process (SIGTERM) and resolves once it has exited. */
  stop(): Promise<void>
  /** Starts it again on the same port, empty (nothing is persisted), once it accepts connections. */
  start(): Promise<void>
  /** Freezes the process (SIGSTOP): connections stay open and every command hangs, as on a stalled host. */
  pause(): void
  /** Lets a paused process go on (SIGCONT), with its data and connections as they were. */
  resume(): void
}

/**
 * A Redis of the test's own, from the machine's `redis-server` binary on a free loopback port,
 * keeping nothing on disk: a test may stop and restart it to play an outage, which it must never
 * do to a Redis others use.
 */
export async function startRedisServer(options: { port?: number } = {}): Promise<RedisServer> {
  const port = options.port ?? (await freePort())
  const url = `redis://127.0.0.1:${port}`
  let child: ChildProcess | undefined
  // A test that crashes must not leave its Redis running.
  const killOnExit = (): void => void child?.kill('SIGKILL')

  async function start(): Promise<void> {
    if (child) return
    const output: string[] = []
    const spawned = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] })
    for (const stream of [spawned.stdout, spawned.stderr]) stream.on('data', (chunk: Buffer) => output.push(chunk.toString()))
    let exited = false
    spawned.once('exit', () => { exited = true })
    spawned.once('error', (error) => {
      exited = true
      output.push(error.message)
    })
    child = spawned
    process.on('exit', killOnExit)
    try {
      await waitFor(async () => exited || reachable(url), { what: `redis-server on port ${port}` })
      if (exited) throw new Error(`redis-server did not start: ${output.join('').trim()}`)
    } catch (error) {
      spawned.kill('SIGKILL')
      child = undefined
      process.off('exit', killOnExit)
      throw error
    }
  }

  async function stop(): Promise<void> {
    const running = child
    if (!running) return
    child = undefined
    process.off('exit', killOnExit)
    if (running.exitCode === null && running.signalCode === null) {
      const exited = new Promise((resolve) => running.once('exit', resolve))
      // A paused process would keep the SIGTERM pending until it is let go on.
      running.kill('SIGCONT')
      running.kill('SIGTERM')
      await exited
    }
  }

  await start()
  return { url, start, stop, pause: () => void child?.kill('SIGSTOP'), resume: () => void child?.kill('SIGCONT') }
}

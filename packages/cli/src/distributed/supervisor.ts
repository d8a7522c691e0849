import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { createInterface } from 'node:readline'

export interface ChildSpec {
  /** How logs and messages name it, e.g. `orders-2`. */
  name: string
  command: string
  args: readonly string[]
  env: NodeJS.ProcessEnv
  cwd: string
}

export interface SupervisorEvents {
  /** Each line the process writes, as it comes. */
  line(name: string, line: string): void
  /** The process ended without stop() asking it to; it is started again after `restartInMs`. */
  exited(name: string, how: string, restartInMs: number): void
}

export interface SupervisedChild {
  readonly name: string
  readonly pid: number | undefined
  /** How many times it was started again after ending unasked. */
  readonly restarts: number
  /** Sends a signal, as an outage or a chaos tool would; the supervisor restarts the process once it ends. */
  kill(signal: NodeJS.Signals): void
  /** SIGTERM, then SIGKILL after `graceMs`; never restarted afterwards. */
  stop(graceMs: number): Promise<void>
}

/** Children alive now, killed if this process exits first: one listener for them all. */
const alive = new Set<ChildProcess>()
let listening = false
function killOnExit(child: ChildProcess): void {
  if (!listening) process.once('exit', () => { for (const orphan of alive) orphan.kill('SIGKILL') })
  listening = true
  alive.add(child)
  child.once('exit', () => alive.delete(child))
}

// A process that keeps crashing is restarted ever more slowly; one that ran a while starts over.
const firstDelayMs = 250
const maxDelayMs = 10_000
const stableAfterMs = 10_000

/**
 * Runs `spec` and starts it again with capped exponential backoff whenever it ends without
 * stop() asking, even cleanly (a SIGTERM from outside). The child runs in a process group of its
 * own, so a terminal's Ctrl-C reaches only the supervisor, which then stops its children in order;
 * if the supervisor's process exits, it kills them rather than leave them holding ports.
 */
export function supervise(spec: ChildSpec, events: SupervisorEvents): SupervisedChild {
  let child: ChildProcess | undefined
  let stopping = false
  let restarts = 0
  let delayMs = firstDelayMs
  let pending: NodeJS.Timeout | undefined

  const run = (): void => {
    const startedAt = Date.now()
    const current = spawn(spec.command, spec.args, { cwd: spec.cwd, env: spec.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    child = current
    killOnExit(current)
    for (const stream of [current.stdout, current.stderr]) {
      if (stream) createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => events.line(spec.name, line))
    }
    current.once('error', (error) => events.line(spec.name, `could not start: ${error.message}`))
    current.once('exit', (code, signal) => {
      if (child === current) child = undefined
      if (stopping) return
      delayMs = Date.now() - startedAt >= stableAfterMs ? firstDelayMs : delayMs
      events.exited(spec.name, signal ? `signal ${signal}` : `code ${code}`, delayMs)
      pending = setTimeout(() => {
        pending = undefined
        restarts++
        run()
      }, delayMs)
      delayMs = Math.min(delayMs * 2, maxDelayMs)
    })
  }
  run()

  return {
    name: spec.name,
    get pid() { return child?.pid },
    get restarts() { return restarts },
    kill(signal) {
      child?.kill(signal)
    },
    async stop(graceMs) {
      stopping = true
      clearTimeout(pending)
      const current = child
      if (!current || current.exitCode !== null || current.signalCode !== null) return
      const exited = once(current, 'exit')
      current.kill('SIGTERM')
      const timer = setTimeout(() => current.kill('SIGKILL'), graceMs)
      await exited
      clearTimeout(timer)
    },
  }
}

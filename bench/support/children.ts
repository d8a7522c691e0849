import { fork, spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import { once } from 'node:events'

/** Every process the bench started and that has not exited yet. */
const running = new Set<ChildProcess>()

function track(child: ChildProcess): ChildProcess {
  running.add(child)
  child.once('exit', () => running.delete(child))
  return child
}

export function spawnTracked(command: string, args: readonly string[], options: SpawnOptions = {}): ChildProcess {
  return track(spawn(command, args, options))
}

/**
 * Forks a TypeScript module of the bench and waits for the first message it sends: where it
 * listens, and what else the parent needs. Its own exit before that is an error.
 */
export async function forkReady<T>(module: URL, args: readonly string[], execArgv: readonly string[] = []): Promise<{ child: ChildProcess; ready: T }> {
  const child = track(fork(module, args, { execArgv: [...process.execArgv, ...execArgv], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }))
  const ready = await new Promise<T>((resolve, reject) => {
    child.once('message', (message) => resolve(message as T))
    child.once('error', reject)
    child.once('exit', (code, signal) => reject(new Error(`${module.pathname} exited before it was ready (${signal ?? code})`)))
  })
  return { child, ready }
}

/** SIGTERM to one child by its PID; SIGKILL if it has not exited within `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return
  const pid = child.pid
  const exited = once(child, 'exit')
  signal(pid, 'SIGTERM')
  const timer = setTimeout(() => signal(pid, 'SIGKILL'), graceMs)
  await exited
  clearTimeout(timer)
}

/** A process that exited meanwhile (ESRCH) is what was wanted. */
function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
  }
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((child) => stopChild(child)))
}

/**
 * Ctrl-C, a kill or an uncaught error stops every child before the bench exits; `exit` is the
 * last resort, synchronous, so it can only SIGKILL what is left.
 */
export function stopAllOnExit(): void {
  for (const name of ['SIGINT', 'SIGTERM'] as const) {
    process.once(name, () => void stopAll().finally(() => process.exit(130)))
  }
  process.once('exit', () => {
    for (const child of running) if (child.pid !== undefined) signal(child.pid, 'SIGKILL')
  })
}

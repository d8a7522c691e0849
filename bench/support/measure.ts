import { treeCpuSeconds } from './process-cpu.ts'
import { runWrk, type Load, type WrkResult } from './wrk.ts'

export interface Served {
  url: string
  /** The process doing the target's work (nginx's master: its workers are counted with it). */
  pid: number | undefined
  stop(): Promise<void>
}

export interface Target {
  name: string
  /** Starts what serves the target, if anything must be started. */
  start(): Promise<Served>
  /** Runs around the measured run only, not the warm-up (a CPU profile); answers its end. */
  during?(): Promise<() => Promise<void>>
}

export interface Measured {
  target: string
  result: WrkResult
  /** Cores kept busy over the measured run by the target's process and by the upstream's. */
  cpu: { target: number | undefined; upstream: number | undefined }
}

export interface Bench {
  /** wrk's settings but the URL; the same for every target. */
  load: Omit<Load, 'url'>
  warmUpSeconds: number
  upstreamPid: number | undefined
  /** Told when a measured run begins, for a progress line. */
  onRun(target: string): void
}

/** Only 2xx answers count: an error page is cheap, and a fast 401 is no proxying at all. */
function check(target: string, run: string, result: WrkResult): WrkResult {
  if (result.failedResponses > 0 || result.socketErrors > 0) {
    throw new Error(`${target} (${run}): ${result.failedResponses} non-2xx answers and ${result.socketErrors} socket errors in ${result.requests} requests`)
  }
  return result
}

async function cpuOf(pid: number | undefined): Promise<number | undefined> {
  return pid === undefined ? undefined : treeCpuSeconds(pid)
}

function busyCores(before: number | undefined, after: number | undefined, seconds: number): number | undefined {
  return before === undefined || after === undefined ? undefined : (after - before) / seconds
}

/**
 * One target: a request that must answer the upstream's own body, a warm-up run (not reported),
 * then the measured run, with the CPU time its process and the upstream's used meanwhile.
 */
export async function measure(target: Target, bench: Bench): Promise<Measured> {
  const served = await target.start()
  try {
    const preflight = await fetch(served.url, { headers: bench.load.headers })
    const body = await preflight.text()
    if (preflight.status !== 200 || !body.includes('"service":"echo"')) {
      throw new Error(`${target.name}: ${served.url} answered ${preflight.status}, not the upstream's body: ${body.slice(0, 300)}`)
    }
    const load: Load = { ...bench.load, url: served.url }
    check(target.name, 'warm-up', await runWrk({ ...load, seconds: bench.warmUpSeconds }))
    bench.onRun(target.name)
    const end = await target.during?.()
    const before = await Promise.all([cpuOf(served.pid), cpuOf(bench.upstreamPid)])
    const startedAt = performance.now()
    const result = check(target.name, 'run', await runWrk(load))
    const seconds = (performance.now() - startedAt) / 1000
    const after = await Promise.all([cpuOf(served.pid), cpuOf(bench.upstreamPid)])
    await end?.()
    return {
      target: target.name,
      result,
      cpu: { target: busyCores(before[0], after[0], seconds), upstream: busyCores(before[1], after[1], seconds) },
    }
  } finally {
    await served.stop()
  }
}

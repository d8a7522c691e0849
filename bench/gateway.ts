import { spawnSync } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { forkReady, stopAll, stopAllOnExit, stopChild } from './support/children.ts'
import { formatCosts, profileCosts } from './support/cpu-profile.ts'
import { measure, type Bench, type Served, type Target } from './support/measure.ts'
import { startNginx, type NginxOptions } from './support/nginx.ts'
import type { PlatformReady } from './support/platform-process.ts'
import { profileWindow } from './support/profiler.ts'
import { resultTable, verdict } from './support/report.ts'
import { findTool } from './support/tools.ts'

/**
 * The gateway against nginx, in one run (npm run bench:gateway): a trivial upstream in its own
 * process; the real gateway and users service in another, every request carrying a customer's
 * token; nginx proxying the same upstream; the same wrk load on each, and on the upstream
 * directly for the latency the proxies add. Not a test: it reports the targets, it does not
 * assert them. --duration N (or BENCH_DURATION) seconds per target, 10 by default; --profile
 * profiles the gateway's process over its measured run and prints the top costs.
 */
const { values: flags } = parseArgs({ options: { duration: { type: 'string' }, profile: { type: 'boolean', default: false } } })
const durationText = flags.duration ?? process.env.BENCH_DURATION ?? '10'
const seconds = Number.parseFloat(durationText)
if (!(seconds > 0)) {
  console.error(`--duration (or BENCH_DURATION): a number of seconds, not "${durationText}"`)
  process.exit(1)
}

function requireTool(name: string): string {
  const found = findTool(name, process.env.PATH ?? '')
  if (found !== undefined) return found
  console.error(`${name} is missing; the bench needs nginx and wrk:\n  apt-get install nginx wrk`)
  process.exit(1)
}
const nginxBinary = requireTool('nginx')
const wrkBinary = requireTool('wrk')

const connections = 64
const threads = 2
const targets = { ratio: 0.8, addedP99Ms: 2 }
const cores = availableParallelism()

const already = (url: string, pid: number | undefined): Promise<Served> => Promise.resolve({ url, pid, stop: async () => {} })

function plainNodeTarget(upstreamUrl: string): Target {
  return {
    name: 'plain Node proxy (node:http + undici; for information)',
    async start() {
      const proxy = await forkReady<{ url: string }>(new URL('./support/plain-proxy-process.ts', import.meta.url), [upstreamUrl])
      return { url: `${proxy.ready.url}/api/echo/bench`, pid: proxy.child.pid, stop: () => stopChild(proxy.child) }
    },
  }
}

function nginxTarget(name: string, upstreamUrl: string, workers: NginxOptions['workers']): Target {
  return {
    name,
    async start() {
      const nginx = await startNginx({ binary: nginxBinary, workers, upstream: new URL(upstreamUrl).host })
      return { url: `${nginx.url}/api/echo/bench`, pid: nginx.pid, stop: () => nginx.stop() }
    },
  }
}

async function main(): Promise<void> {
  stopAllOnExit()
  // nginx -v prints on stderr.
  const nginxVersion = spawnSync(nginxBinary, ['-v'], { encoding: 'utf8' }).stderr.trim()
  console.log(`machine: ${cores} cores (${cpus()[0]?.model ?? 'unknown CPU'}); node ${process.version}, ${nginxVersion}`)
  console.log(`wrk (${threads} threads), the proxy under test and the upstream (its own process) all share these ${cores} cores.`)
  const [busy = 0] = loadavg()
  if (busy > 0.5) console.log(`load average ${busy.toFixed(1)} before the bench started: while other work runs on these cores, the figures are low and noisy.`)
  console.log(`load: wrk -t${threads} -c${connections} -d${seconds}s --latency, "Authorization: Bearer <customer token>" on every request, after a 2 s warm-up per target\n`)

  const upstream = await forkReady<{ url: string }>(new URL('./support/upstream-process.ts', import.meta.url), [])
  const platform = await forkReady<PlatformReady>(
    new URL('./support/platform-process.ts', import.meta.url),
    [upstream.ready.url, ...(flags.profile ? ['--profile'] : [])],
  )
  const profileFile = flags.profile ? join(await mkdtemp(join(tmpdir(), 'bazaar-bench-profile-')), 'gateway.cpuprofile') : undefined
  const bench: Bench = {
    load: { binary: wrkBinary, seconds, connections, threads, headers: { Authorization: `Bearer ${platform.ready.token}` } },
    warmUpSeconds: 2,
    upstreamPid: upstream.child.pid,
    onRun: (target) => console.log(`  ${target}: ${seconds} s`),
  }

  const direct = await measure({ name: 'direct (upstream, no proxy)', start: () => already(`${upstream.ready.url}/echo/bench`, undefined) }, bench)
  const gateway = await measure({
    name: 'gateway (token verified)',
    start: () => already(`${platform.ready.url}/api/echo/bench`, platform.child.pid),
    ...(profileFile === undefined ? {} : { during: () => profileWindow(platform.child, profileFile) }),
  }, bench)
  const nginx = await measure(nginxTarget('nginx, 1 worker', upstream.ready.url, 1), bench)
  const nginxAuto = await measure(nginxTarget(`nginx, ${cores} workers (auto; for information)`, upstream.ready.url, 'auto'), bench)
  const plainNode = await measure(plainNodeTarget(upstream.ready.url), bench)

  console.log(`\n${resultTable(direct, [gateway, nginx, nginxAuto, plainNode])}\n`)
  console.log(verdict(direct.result, gateway.result, nginx.result, targets))

  if (profileFile !== undefined) {
    const costs = await profileCosts(profileFile)
    console.log(`\nCPU profile of the gateway's process over its measured run: ${profileFile}`)
    console.log('(V8 counts a system call\'s kernel time in the function making it: writev is mostly loopback TCP sending the responses.)')
    console.log(formatCosts('self time by package:', costs.owners))
    console.log(formatCosts('self time by function:', costs.functions))
  }
}

try {
  await main()
} finally {
  await stopAll()
}

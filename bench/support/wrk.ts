import { spawnTracked } from './children.ts'

export interface Load {
  /** Path to the wrk binary. */
  binary: string
  url: string
  seconds: number
  connections: number
  threads: number
  headers: Readonly<Record<string, string>>
}

export interface WrkResult {
  requestsPerSecond: number
  /** Milliseconds. */
  p50: number
  p99: number
  requests: number
  /** Answers of status 400 and above: wrk's "Non-2xx or 3xx responses". */
  failedResponses: number
  /** connect, read, write and timeout errors. */
  socketErrors: number
}

const unitMs: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000 }

function duration(text: string, what: string): number {
  const match = /^([\d.]+)(us|ms|s|m|h)$/.exec(text)
  const unit = match?.[2]
  if (match?.[1] === undefined || unit === undefined) throw new Error(`wrk: unreadable ${what} "${text}"`)
  return Number(match[1]) * (unitMs[unit] ?? Number.NaN)
}

function field(output: string, pattern: RegExp, what: string): string {
  const value = pattern.exec(output)?.[1]
  if (value === undefined) throw new Error(`wrk printed no ${what}:\n${output}`)
  return value
}

/** Reads what wrk 4.1 prints with --latency. */
export function parseWrk(output: string): WrkResult {
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output)
  return {
    requestsPerSecond: Number(field(output, /Requests\/sec:\s+([\d.]+)/, 'Requests/sec')),
    p50: duration(field(output, /^\s+50%\s+(\S+)$/m, 'p50'), 'p50'),
    p99: duration(field(output, /^\s+99%\s+(\S+)$/m, 'p99'), 'p99'),
    requests: Number(field(output, /(\d+) requests in/, 'request count')),
    failedResponses: Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(output)?.[1] ?? 0),
    socketErrors: socket ? socket.slice(1).reduce((sum, count) => sum + Number(count), 0) : 0,
  }
}

/** Runs wrk to the end and answers what it measured; fails when it exits non-zero. */
export async function runWrk(load: Load): Promise<WrkResult> {
  const args = [`-t${load.threads}`, `-c${load.connections}`, `-d${load.seconds}s`, '--latency']
  for (const [name, value] of Object.entries(load.headers)) args.push('-H', `${name}: ${value}`)
  args.push(load.url)
  const child = spawnTracked(load.binary, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout?.setEncoding('utf8').on('data', (text: string) => { output += text })
  child.stderr?.setEncoding('utf8').on('data', (text: string) => { output += text })
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject)
    child.once('close', resolve)
  })
  if (code !== 0) throw new Error(`wrk exited with ${code}:\n${output}`)
  return parseWrk(output)
}

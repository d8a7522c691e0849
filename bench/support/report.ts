import type { Measured } from './measure.ts'
import type { WrkResult } from './wrk.ts'

export interface Targets {
  /** Gateway throughput over nginx's (one worker), at least. */
  ratio: number
  /** Gateway p99 minus the upstream's own, in ms, under. */
  addedP99Ms: number
}

const ms = (value: number): string => `${value.toFixed(2)} ms`
const cores = (value: number | undefined): string => (value === undefined ? '-' : value.toFixed(2))

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ')
}

/** Proxy CPU per request: unlike req/s, it barely moves when other work shares the cores. */
const perRequest = (busyCores: number | undefined, requestsPerSecond: number): string =>
  busyCores === undefined ? '-' : `${((busyCores / requestsPerSecond) * 1e6).toFixed(0)} us`

/**
 * target | req/s | p50 | p99 | added p50 and p99 over the direct run, which comes first | the
 * cores the proxy's process and the upstream's kept busy, and the proxy's CPU per request.
 */
export function resultTable(direct: Measured, proxies: readonly Measured[]): string {
  const header = ['target', 'req/s', 'p50', 'p99', 'p50 added', 'p99 added vs direct', 'proxy CPU', 'upstream CPU', 'proxy CPU/req']
  const lines = [direct, ...proxies].map(({ target, result, cpu }) => [
    target,
    result.requestsPerSecond.toFixed(0),
    ms(result.p50),
    ms(result.p99),
    result === direct.result ? '-' : ms(result.p50 - direct.result.p50),
    result === direct.result ? '-' : ms(result.p99 - direct.result.p99),
    cores(cpu.target),
    cores(cpu.upstream),
    perRequest(cpu.target, result.requestsPerSecond),
  ])
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]?.length ?? 0)))
  const legend = 'CPU: cores the proxy\'s processes (and the upstream\'s) kept busy over the run, from /proc; per request: the proxy\'s CPU time over its requests.'
  return [row(header, widths), ...lines.map((line) => row(line, widths)), legend].join('\n')
}

/** The two acceptance figures, each with PASS or SHORT: a report, not an assertion. */
export function verdict(direct: WrkResult, gateway: WrkResult, nginx: WrkResult, targets: Targets): string {
  const ratio = gateway.requestsPerSecond / nginx.requestsPerSecond
  const added = gateway.p99 - direct.p99
  return [
    `gateway/nginx throughput ratio: ${ratio.toFixed(2)} (target >= ${targets.ratio}) ${ratio >= targets.ratio ? 'PASS' : 'SHORT'}`,
    `gateway p99 added latency: ${ms(added)} (target < ${targets.addedP99Ms} ms) ${added < targets.addedP99Ms ? 'PASS' : 'SHORT'}`,
  ].join('\n')
}

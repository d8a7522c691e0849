/** What a closed-loop run measured: each worker starts its next iteration when one ends. */
export interface LoopResult {
  iterations: number
  errors: number
  seconds: number
  latenciesMs: number[]
}

/**
 * Runs `iteration` in `concurrency` loops for `seconds`, timing each one. A failed iteration is
 * counted and not timed, so errors cannot flatter the latencies.
 */
export async function closedLoop(concurrency: number, seconds: number, iteration: (worker: number) => Promise<void>): Promise<LoopResult> {
  const latenciesMs: number[] = []
  let errors = 0
  const began = performance.now()
  const end = began + seconds * 1000
  await Promise.all(Array.from({ length: concurrency }, async (_, worker) => {
    while (performance.now() < end) {
      const start = performance.now()
      try {
        await iteration(worker)
        latenciesMs.push(performance.now() - start)
      } catch {
        errors++
      }
    }
  }))
  return { iterations: latenciesMs.length, errors, seconds: (performance.now() - began) / 1000, latenciesMs }
}

export function percentile(sortedMs: readonly number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN
  return sortedMs[Math.min(sortedMs.length - 1, Math.floor((p / 100) * sortedMs.length))]!
}

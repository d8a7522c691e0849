import { withTimeout } from '../timeout.ts'

export type ReadinessCheck = () => Promise<void>

/** What a service cannot work without; `/ready` answers 503 while any of them fails. */
export class Readiness {
  readonly #checks = new Map<string, ReadinessCheck>()

  add(name: string, check: ReadinessCheck): void {
    this.#checks.set(name, check)
  }

  async evaluate(timeoutMs = 2000): Promise<{ ready: boolean; checks: Record<string, string> }> {
    const entries = await Promise.all(
      [...this.#checks].map(async ([name, check]) => {
        try {
          await withTimeout(check(), timeoutMs, () => 'timed out')
          return [name, 'up'] as const
        } catch (error) {
          return [name, `down: ${(error as Error).message}`] as const
        }
      }),
    )
    return { ready: entries.every(([, state]) => state === 'up'), checks: Object.fromEntries(entries) }
  }
}

/** A key-value cache with expiry; values are JSON-serialisable. */
export interface Cache {
  get<T>(key: string): Promise<T | undefined>
  set(key: string, value: unknown, ttlMs?: number): Promise<void>
  delete(...keys: string[]): Promise<void>
  /** Adds `by` to a counter that starts at 0 and expires `ttlMs` after its first increment. */
  increment(key: string, by: number, ttlMs: number): Promise<number>
  ping(): Promise<void>
  close(): Promise<void>
}

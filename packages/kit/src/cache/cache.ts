/** A counter of a fixed window: its value and how long until it expires and restarts at 0. */
export interface Counter {
  value: number
  expiresInMs: number
}

/**
 * A key-value store with expiry; values are JSON-serialisable. While the store is unreachable
 * every call rejects at once with an `UNAVAILABLE` AppError, never hangs.
 */
export interface Cache {
  get<T>(key: string): Promise<T | undefined>
  set(key: string, value: unknown, ttlMs?: number): Promise<void>
  delete(...keys: string[]): Promise<void>
  /** Adds `by` to a counter that starts at 0 and expires `ttlMs` after its first increment. */
  increment(key: string, by: number, ttlMs: number): Promise<Counter>
  /**
   * Replaces the value with what `change` makes of the current one, atomically: when another
   * writer changed it in between, `change` runs again on the newer value. Answering undefined
   * deletes the key; answering an equal value writes nothing. The value keeps no expiry.
   */
  update<T>(key: string, change: (current: T | undefined) => T | undefined): Promise<T | undefined>
  /**
   * `update`, made at most once per `onceKey`: the new value and a mark under `onceKey` are
   * written together, atomically, and while that mark lives (`markTtlMs`) the change is not made
   * again. For an effect that a redelivered message must not repeat. Answers whether it changed.
   */
  updateOnce<T>(key: string, onceKey: string, markTtlMs: number, change: (current: T | undefined) => T | undefined): Promise<boolean>
  ping(): Promise<void>
  close(): Promise<void>
}

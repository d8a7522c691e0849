/**
 * `work`, or a rejection with `message()` once `ms` have passed, whichever comes first. The
 * message is made when the time is up, so it can tell what was last seen.
 */
export function withTimeout<T>(work: Promise<T>, ms: number, message: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message())), ms)
  })
  return Promise.race([work, expired]).finally(() => clearTimeout(timer))
}

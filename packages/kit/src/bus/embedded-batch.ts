/**
 * Group commit: the first item runs at once, and the items that arrive while it runs go
 * together in the next run, so under load N acks cost one statement instead of N. Each
 * caller's promise settles with the run that carried its item.
 */
export function createBatcher<T>(run: (items: readonly T[]) => Promise<void>): (item: T) => Promise<void> {
  let waiting: { item: T; resolve: () => void; reject: (error: unknown) => void }[] = []
  let running = false

  async function drain(): Promise<void> {
    running = true
    while (waiting.length > 0) {
      const batch = waiting
      waiting = []
      try {
        await run(batch.map((entry) => entry.item))
        for (const entry of batch) entry.resolve()
      } catch (error) {
        for (const entry of batch) entry.reject(error)
      }
    }
    running = false
  }

  return (item) => new Promise<void>((resolve, reject) => {
    waiting.push({ item, resolve, reject })
    if (!running) void drain()
  })
}

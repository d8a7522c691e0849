import type { ChildProcess } from 'node:child_process'
import { setTimeout as delay } from 'node:timers/promises'

/**
 * Polls `url` until it answers 200, for a server that says nothing when it is ready (nginx).
 * Fails when `child`, the server, exits first, or after `timeoutMs`.
 */
export async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let last = 'no answer'
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${url}: the server exited (${child.signalCode ?? child.exitCode})`)
    try {
      const response = await fetch(url)
      await response.arrayBuffer()
      if (response.status === 200) return
      last = `status ${response.status}`
    } catch (error) {
      last = error instanceof Error ? error.message : String(error)
    }
    await delay(50)
  }
  throw new Error(`${url} was not ready after ${timeoutMs} ms: ${last}`)
}

import type { ChildProcess } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { Session } from 'node:inspector/promises'

/**
 * A CPU profile of a child process over a window the parent chooses (one measured run), where
 * `node --cpu-prof` would cover its whole life: start-up, and idle time during other targets'
 * runs. The parent sends `{ profile: 'start' }`, then `{ profile: 'stop', file }`; the child
 * answers each with `{ profiled: 'start' | 'stop' }`, the stop once the file is written.
 */
interface ProfileRequest {
  profile?: 'start' | 'stop'
  file?: string
}

/** The child's side. */
export function answerProfileRequests(): void {
  const session = new Session()
  session.connect()
  process.on('message', (message: ProfileRequest) => {
    void (async () => {
      if (message.profile === 'start') {
        await session.post('Profiler.enable')
        await session.post('Profiler.start')
      } else if (message.profile === 'stop' && message.file !== undefined) {
        const { profile } = await session.post('Profiler.stop')
        await writeFile(message.file, JSON.stringify(profile))
      } else {
        return
      }
      process.send?.({ profiled: message.profile })
    })()
  })
}

function ask(child: ChildProcess, request: ProfileRequest): Promise<void> {
  return new Promise((resolve, reject) => {
    const answered = (message: { profiled?: string }): void => {
      if (message.profiled !== request.profile) return
      child.off('message', answered)
      resolve()
    }
    child.on('message', answered)
    child.send(request, (error) => error && reject(error))
  })
}

/** The parent's side: starts profiling `child`; answers the function that stops it and writes `file`. */
export async function profileWindow(child: ChildProcess, file: string): Promise<() => Promise<void>> {
  await ask(child, { profile: 'start' })
  return () => ask(child, { profile: 'stop', file })
}

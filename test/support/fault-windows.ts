import type { LoadRequest } from './checkout-load.ts'

/** From a fault's start to the end of the grace after the platform was whole again (epoch ms). */
export interface FaultWindow {
  fault: string
  from: number
  to: number
}

export const failed = (request: LoadRequest): boolean => request.status === 0 || request.status >= 500

/** The window a request overlaps (sent before the window ended, answered after it began), if any. */
function windowOf(request: LoadRequest, windows: readonly FaultWindow[]): FaultWindow | undefined {
  return windows.find((window) => request.sentAt <= window.to && request.answeredAt >= window.from)
}

/** The load's requests split by whether they overlap a fault window. */
export function attribute(requests: readonly LoadRequest[], windows: readonly FaultWindow[]) {
  const inside = requests.filter((request) => windowOf(request, windows))
  const outside = requests.filter((request) => !windowOf(request, windows))
  return {
    inside,
    outside,
    failedInside: inside.filter(failed),
    failedOutside: outside.filter(failed),
    perWindow: windows.map((window) => {
      const overlapping = requests.filter((request) => windowOf(request, [window]))
      return { window, requests: overlapping.length, failed: overlapping.filter(failed) }
    }),
  }
}

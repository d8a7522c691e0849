import { useCallback, useRef, useState } from 'react'

/**
 * Runs one submission at a time. The guard is a ref, set before React re-renders the button as
 * disabled, so the second click of a double click finds it taken and does nothing.
 */
export function useSingleFlight(): [busy: boolean, run: (work: () => Promise<void>) => Promise<void>] {
  const running = useRef(false)
  const [busy, setBusy] = useState(false)
  const run = useCallback(async (work: () => Promise<void>) => {
    if (running.current) return
    running.current = true
    setBusy(true)
    try {
      await work()
    } finally {
      running.current = false
      setBusy(false)
    }
  }, [])
  return [busy, run]
}

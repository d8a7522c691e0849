import { useRef } from 'react'
import { isApiError } from '../../api/api-error.ts'

function newKey(): string {
  // getRandomValues works on plain http too, where randomUUID does not.
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/** Whether the server surely decided (any 4xx): then a new attempt needs a new key. */
export function isDecided(error: unknown): boolean {
  return isApiError(error) && error.isClientError
}

/**
 * One Idempotency-Key per attempt. Sending the same request again after an unclear failure (no
 * answer, a 5xx) reuses its key, so the server answers the first outcome instead of acting twice;
 * a different request, or one after a clear answer, is a new attempt with a new key.
 */
export function useIdempotencyKey() {
  const attempt = useRef<{ request: string; key: string } | undefined>(undefined)
  return {
    keyFor(request: unknown): string {
      const fingerprint = JSON.stringify(request)
      if (attempt.current?.request !== fingerprint) attempt.current = { request: fingerprint, key: newKey() }
      return attempt.current.key
    },
    /** The attempt got its answer: the next one is new. */
    settle(): void {
      attempt.current = undefined
    },
  }
}

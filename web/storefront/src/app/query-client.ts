import { QueryClient } from '@tanstack/react-query'
import { isApiError } from '../api/api-error.ts'

/** Retries what may pass on a second try (network, 5xx, 429), never a 4xx the server meant. */
function shouldRetry(failures: number, error: unknown): boolean {
  if (failures >= 2) return false
  if (!isApiError(error)) return true
  return error.status === 0 || error.status === 429 || error.status >= 500
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: false },
    },
  })
}

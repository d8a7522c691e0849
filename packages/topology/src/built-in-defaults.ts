/**
 * What a topology gets when it says nothing. One place, so the JSON Schema's `default`
 * annotations and the loader's normalisation cannot drift apart.
 */
export const builtInDefaults = {
  timeoutMs: 2000,
  retries: 2,
  backoff: { initialMs: 100, maxMs: 1000 },
  circuitBreaker: { consecutiveFailures: 5, halfOpenAfterMs: 10_000 },
} as const

export const builtInResources = {
  requests: { cpu: '50m', memory: '64Mi' },
  limits: { cpu: '500m', memory: '256Mi' },
} as const

export const builtInGatewayPrefix = '/api'

import type { Policy } from '@bazaar/topology'

/** What a mesh proxy needs of an edge's policy to time and retry its calls. */
export interface EdgeTiming {
  /** One attempt's limit: the topology's `timeoutMs`. */
  perTryMs: number
  /** The whole call's limit, retries included. */
  totalMs: number
  retries: number
}

/**
 * Mirrors the kit's HTTP client (packages/kit/src/http/client.ts): `timeoutMs` bounds each attempt
 * and retries share a budget of twice that, so the mesh and the code give up at the same time.
 */
export function edgeTiming(policy: Policy): EdgeTiming {
  return {
    perTryMs: policy.timeoutMs,
    totalMs: policy.retries > 0 ? 2 * policy.timeoutMs : policy.timeoutMs,
    retries: policy.retries,
  }
}

/** `2000` -> `2s`, `1500` -> `1500ms`: one unit, which every mesh's duration parser reads. */
export function duration(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`
}

import type { HttpClient, Logger } from '@bazaar/kit'
import type { Rating } from '../domain/product.ts'
import type { RatingsLookup } from '../domain/read-deps.ts'
import type { SafeCache } from '../domain/safe-cache.ts'

export interface RatingsDeps {
  /** Whether any replica of the ratings service runs; when none does, nobody is asked. */
  available(): boolean
  /** The ratings client: the topology gives it a small timeout and no retries. */
  client(): HttpClient
  cache: SafeCache
  ttlMs: number
  log?: Logger | undefined
}

// As many ids per call as a list page holds, so a query string stays short.
const batchSize = 100
const noRatings: Rating = { average: null, count: 0 }

type RatingsAnswer = { items?: unknown }

function ratingOf(item: unknown): [string, Rating] | undefined {
  if (typeof item !== 'object' || item === null) return undefined
  const { product_id: id, average, count } = item as Record<string, unknown>
  if ((typeof id !== 'string' && typeof id !== 'number') || typeof count !== 'number') return undefined
  if (average !== null && typeof average !== 'number') return undefined
  return [String(id), { average, count }]
}

/**
 * Asks the ratings service (`GET /ratings?product_ids=`) for what the cache does not hold.
 * A product page never fails because of ratings: any failure gives null, which is not cached,
 * so the next read asks again (the client's circuit breaker keeps that cheap while it is down).
 */
export function createRatingsLookup(deps: RatingsDeps): RatingsLookup {
  const key = (productId: string) => `rating:${productId}`

  async function fetchBatch(ids: readonly string[]): Promise<Map<string, Rating> | undefined> {
    try {
      const reply = await deps.client().get<RatingsAnswer>('/ratings', { query: { product_ids: ids.join(',') } })
      const items = reply.body.items
      if (!Array.isArray(items)) throw new Error('the ratings answer has no items')
      return new Map(items.map(ratingOf).filter((entry) => entry !== undefined))
    } catch (error) {
      deps.log?.debug({ err: error }, 'ratings unavailable; products answer without them')
      return undefined
    }
  }

  return async (productIds) => {
    const result = new Map<string, Rating | null>()
    const unique = [...new Set(productIds)]
    const cached = await Promise.all(unique.map((id) => deps.cache.get<Rating>(key(id))))
    const missing = unique.filter((id, i) => {
      const hit = cached[i]
      if (hit !== undefined) result.set(id, hit)
      return hit === undefined
    })
    if (missing.length === 0) return result
    if (!deps.available()) {
      for (const id of missing) result.set(id, null)
      return result
    }
    const batches = Array.from({ length: Math.ceil(missing.length / batchSize) }, (_, i) => missing.slice(i * batchSize, (i + 1) * batchSize))
    await Promise.all(batches.map(async (batch) => {
      const found = await fetchBatch(batch)
      for (const id of batch) {
        const rating = found === undefined ? null : (found.get(id) ?? noRatings)
        result.set(id, rating)
        if (rating !== null) await deps.cache.set(key(id), rating, deps.ttlMs)
      }
    }))
    return result
  }
}

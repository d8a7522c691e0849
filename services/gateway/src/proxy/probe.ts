import type { Pool } from 'undici'

export interface Probeable {
  readonly pool: Pool
  readonly basePath: string
}

/** Answers whether a replica's liveness endpoint answers 200 within `timeoutMs`. */
export async function probe(replica: Probeable, timeoutMs: number): Promise<boolean> {
  try {
    const response = await replica.pool.request({
      method: 'GET',
      path: `${replica.basePath}/health`,
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    })
    await response.body.dump()
    return response.statusCode === 200
  } catch {
    return false
  }
}

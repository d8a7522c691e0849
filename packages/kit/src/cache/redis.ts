import { Redis } from 'ioredis'
import type { Logger } from 'pino'
import type { Cache } from './cache.ts'

export interface RedisCacheOptions {
  /** Prefixes every key (`namespace:key`), so services sharing one Redis never collide. */
  namespace: string
  log?: Logger
}

// One script, so the counter and its expiry are set atomically; the expiry is only given
// when the counter has none, i.e. at its first increment.
const incrementScript = `
local value = redis.call('INCRBY', KEYS[1], ARGV[1])
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return value`

function expiry(ttlMs: number): number {
  return Math.max(1, Math.round(ttlMs))
}

/**
 * The shared cache of the distributed mode. A cache must never hang a request: while Redis
 * is down every call rejects at once (no offline queue, one retry, 1 s timeouts) and the
 * client keeps reconnecting in the background, with a backoff capped at 2 s.
 */
export function createRedisCache(url: string, options: RedisCacheOptions): Cache {
  const { log } = options
  const redis = new Redis(url, {
    keyPrefix: `${options.namespace}:`,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 1000,
    commandTimeout: 1000,
    retryStrategy: (attempt) => Math.min(100 * 2 ** attempt, 2000),
  })
  // Calls made while the first connection is being opened wait for that one attempt (at most
  // connectTimeout) instead of failing merely because the service has just started.
  const firstAttempt = new Promise<void>((resolve) => {
    for (const event of ['ready', 'error', 'end']) redis.once(event, () => resolve())
  })
  let up: boolean | undefined
  redis.on('ready', () => {
    if (up === false) log?.info('redis is reachable again')
    up = true
  })
  // Also keeps ioredis from reporting every failed reconnection as an unhandled error.
  redis.on('error', (error: Error) => {
    if (up !== false) log?.warn({ err: error }, 'redis is unreachable; cache calls fail until it is back')
    up = false
  })

  return {
    async get<T>(key: string): Promise<T | undefined> {
      await firstAttempt
      const text = await redis.get(key)
      return text === null ? undefined : (JSON.parse(text) as T)
    },
    async set(key, value, ttlMs) {
      await firstAttempt
      const text = JSON.stringify(value) as string | undefined
      if (text === undefined) await redis.del(key)
      else if (ttlMs) await redis.set(key, text, 'PX', expiry(ttlMs))
      else await redis.set(key, text)
    },
    async delete(...keys) {
      await firstAttempt
      if (keys.length > 0) await redis.del(...keys)
    },
    async increment(key, by, ttlMs) {
      await firstAttempt
      return Number(await redis.eval(incrementScript, 1, key, by, expiry(ttlMs)))
    },
    async ping() {
      await firstAttempt
      await redis.ping()
    },
    async close() {
      if (redis.status === 'end') return
      // quit lets pending replies arrive; while Redis is down it cannot be sent.
      await redis.quit().catch(() => redis.disconnect())
    },
  }
}

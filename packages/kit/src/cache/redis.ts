import { Redis } from 'ioredis'
import type { Logger } from 'pino'
import { AppError } from '../errors.ts'
import type { Cache } from './cache.ts'
import { outageWatch } from '../outage.ts'

export interface RedisCacheOptions {
  /** Prefixes every key (`namespace:key`), so services sharing one Redis never collide. */
  namespace: string
  log?: Logger | undefined
}

// One script, so the counter and its expiry are set atomically; the expiry is only given
// when the counter has none, i.e. at its first increment.
const incrementScript = `
local value = redis.call('INCRBY', KEYS[1], ARGV[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  ttl = tonumber(ARGV[2])
  redis.call('PEXPIRE', KEYS[1], ttl)
end
return {value, ttl}`

// Writes (or deletes) only while the key still holds what the caller read: an optimistic
// update that is safe on a shared connection, unlike WATCH. Answers 0 when the key changed.
const compareAndSet = `
local current = redis.call('GET', KEYS[1])
if ARGV[1] == '1' then
  if current ~= ARGV[2] then return 0 end
elseif current then
  return 0
end
if ARGV[3] == '1' then redis.call('SET', KEYS[1], ARGV[4]) else redis.call('DEL', KEYS[1]) end`
const compareAndSetScript = `${compareAndSet}
return 1`
// The same, skipped (2) while KEYS[2], the mark of the change, exists; made, it sets the mark.
const compareAndSetOnceScript = `
if redis.call('EXISTS', KEYS[2]) == 1 then return 2 end
${compareAndSet}
redis.call('SET', KEYS[2], '1', 'PX', ARGV[5])
return 1`

function expiry(ttlMs: number): number {
  return Math.max(1, Math.round(ttlMs))
}

/** Whether Redis could not be asked (down, unreachable, restarting), as opposed to refusing a command. */
function isUnreachable(error: unknown): boolean {
  const { name, message } = error as { name?: unknown; message?: unknown }
  return name !== 'ReplyError' || /^(LOADING|MASTERDOWN|TRYAGAIN)\b/.test(String(message))
}

function unavailable(error: unknown): unknown {
  if (!isUnreachable(error)) return error
  return new AppError('UNAVAILABLE', 'Service unavailable', { detail: 'A store this service needs cannot be reached; try again shortly.', retryAfter: 1, cause: error })
}

/**
 * The shared cache of the distributed mode. A call must never hang a request: while Redis is
 * down every call rejects at once (no offline queue, one retry, 1 s timeouts) with an
 * `UNAVAILABLE` AppError, and the client keeps reconnecting in the background, with a backoff
 * capped at 2 s. The outage is logged once when it starts and once when it ends.
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
    // A command its caller saw fail must not run later, once Redis is back.
    autoResendUnfulfilledCommands: false,
  })
  // Calls made while the first connection is being opened wait for that one attempt (at most
  // connectTimeout) instead of failing merely because the service has just started.
  const firstAttempt = new Promise<void>((resolve) => {
    for (const event of ['ready', 'error', 'end']) redis.once(event, () => resolve())
  })
  let closing = false
  const outage = outageWatch({
    started: (error) => log?.warn(error ? { err: error } : {}, 'redis is unreachable; its calls fail until it is back'),
    ended: (outageMs) => log?.info({ outage_ms: outageMs }, 'redis is reachable again'),
  })
  redis.on('ready', () => outage.succeeded())
  function lost(error?: Error): void {
    if (!closing) outage.failed(error)
  }
  // Listening to errors also keeps ioredis from reporting every failed reconnection as unhandled.
  redis.on('error', lost)
  // A Redis that stops cleanly closes the connection without an error.
  redis.on('close', () => lost())

  async function call<T>(command: () => Promise<T>): Promise<T> {
    await firstAttempt
    try {
      return await command()
    } catch (error) {
      throw unavailable(error)
    }
  }

  return {
    async get<T>(key: string): Promise<T | undefined> {
      const text = await call(() => redis.get(key))
      return text === null ? undefined : (JSON.parse(text) as T)
    },
    async set(key, value, ttlMs) {
      const text = JSON.stringify(value) as string | undefined
      if (text === undefined) await call(() => redis.del(key))
      else if (ttlMs) await call(() => redis.set(key, text, 'PX', expiry(ttlMs)))
      else await call(() => redis.set(key, text))
    },
    async delete(...keys) {
      if (keys.length > 0) await call(() => redis.del(...keys))
    },
    async increment(key, by, ttlMs) {
      const [value, expiresInMs] = (await call(() => redis.eval(incrementScript, 1, key, by, expiry(ttlMs)))) as [number, number]
      return { value, expiresInMs }
    },
    async update<T>(key: string, change: (current: T | undefined) => T | undefined): Promise<T | undefined> {
      // Each lost race means another writer succeeded, so every writer gets through in the end.
      for (;;) {
        const text = await call(() => redis.get(key))
        const next = change(text === null ? undefined : (JSON.parse(text) as T))
        const nextText = JSON.stringify(next) as string | undefined
        if (nextText === (text ?? undefined)) return next
        const swapped = await call(() => redis.eval(compareAndSetScript, 1, key, text === null ? '0' : '1', text ?? '', nextText === undefined ? '0' : '1', nextText ?? ''))
        if (Number(swapped) === 1) return next
      }
    },
    async updateOnce<T>(key: string, onceKey: string, markTtlMs: number, change: (current: T | undefined) => T | undefined): Promise<boolean> {
      for (;;) {
        const text = await call(() => redis.get(key))
        const nextText = JSON.stringify(change(text === null ? undefined : (JSON.parse(text) as T))) as string | undefined
        const outcome = Number(await call(() => redis.eval(compareAndSetOnceScript, 2, key, onceKey, text === null ? '0' : '1', text ?? '', nextText === undefined ? '0' : '1', nextText ?? '', String(expiry(markTtlMs)))))
        if (outcome !== 0) return outcome === 1
      }
    },
    async ping() {
      await call(() => redis.ping())
    },
    async close() {
      closing = true
      if (redis.status === 'end') return
      // quit lets pending replies arrive; while Redis is down it cannot be sent.
      await redis.quit().catch(() => redis.disconnect())
    },
  }
}

import { Redis } from 'ioredis'

/** Deletes every key under `prefix` on the Redis at `url`: a test run's or a tenant's, once over. */
export async function deleteRedisKeys(url: string, prefix: string): Promise<number> {
  if (prefix === '') throw new Error('deleteRedisKeys needs a prefix: it would empty the whole Redis')
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 })
  await redis.connect()
  try {
    let deleted = 0
    for await (const keys of redis.scanStream({ match: `${prefix}*`, count: 500 }) as AsyncIterable<string[]>) {
      if (keys.length > 0) deleted += await redis.unlink(...keys)
    }
    return deleted
  } finally {
    redis.disconnect()
  }
}

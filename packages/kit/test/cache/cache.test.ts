import { randomBytes } from 'node:crypto'
import { after } from 'node:test'
import { Redis } from 'ioredis'
import { needServer } from '@bazaar/kit/testing'
import { createLruCache } from '../../src/cache/lru.ts'
import { createRedisCache } from '../../src/cache/redis.ts'
import { cacheSuite } from './cache-suite.ts'

const prefix = `test-cache-${randomBytes(6).toString('hex')}`
let redisUrl: string | undefined

after(async () => {
  if (!redisUrl) return
  const redis = new Redis(redisUrl)
  const keys = await redis.keys(`${prefix}*`)
  if (keys.length > 0) await redis.del(...keys)
  await redis.quit()
})

// Every LRU cache is its own map: namespaces are separate instances.
cacheSuite('LRU', async () => () => createLruCache())

cacheSuite('Redis', async (t) => {
  const url = await needServer(t, 'redis')
  if (!url) return undefined
  redisUrl = url
  return (namespace) => createRedisCache(url, { namespace: `${prefix}:${namespace}` })
})

import assert from 'node:assert/strict'
import { describe, test, type TestContext } from 'node:test'
import { waitFor } from '@bazaar/kit/testing'
import type { Cache } from '../../src/cache/cache.ts'

export type OpenCache = (namespace: string) => Cache

/**
 * The contract every Cache keeps. `setup` answers a way to open caches by namespace, or
 * undefined when the server is unavailable (the test is then skipped). Caches opened are closed
 * after each test.
 */
export function cacheSuite(name: string, setup: (t: TestContext) => Promise<OpenCache | undefined>): void {
  async function opener(t: TestContext): Promise<OpenCache | undefined> {
    const open = await setup(t)
    if (!open) return undefined
    return (namespace) => {
      const cache = open(namespace)
      t.after(() => cache.close())
      return cache
    }
  }

  describe(`Cache on ${name}`, () => {
    test('when a value is set, then get answers an equal copy until it is overwritten or deleted', async (t) => {
      const open = await opener(t)
      if (!open) return
      const cache = open('basics')
      assert.equal(await cache.get('absent'), undefined)
      await cache.set('product', { id: '7', tags: ['a'], price: 12.5 })
      const read = await cache.get<{ tags: string[] }>('product')
      assert.deepEqual(read, { id: '7', tags: ['a'], price: 12.5 })
      read?.tags.push('mutated')
      assert.deepEqual(await cache.get('product'), { id: '7', tags: ['a'], price: 12.5 })
      await cache.set('product', 'replaced')
      assert.equal(await cache.get('product'), 'replaced')
      await cache.set('other', 0)
      await cache.delete('product', 'other')
      assert.equal(await cache.get('product'), undefined)
      assert.equal(await cache.get('other'), undefined)
    })

    test('when a value has a TTL, then it disappears after it while values without one stay', async (t) => {
      const open = await opener(t)
      if (!open) return
      const cache = open('expiry')
      await cache.set('short', 'soon gone', 50)
      await cache.set('long', 'kept', 60_000)
      await cache.set('forever', 'kept')
      await waitFor(async () => (await cache.get('short')) === undefined, { what: 'the short entry to expire' })
      assert.equal(await cache.get('long'), 'kept')
      assert.equal(await cache.get('forever'), 'kept')
    })

    test('when a counter is incremented, then it starts at 0 and adds up, also under concurrency', async (t) => {
      const open = await opener(t)
      if (!open) return
      const cache = open('counters')
      assert.equal((await cache.increment('hits', 1, 60_000)).value, 1)
      assert.equal((await cache.increment('hits', 4, 60_000)).value, 5)
      await Promise.all(Array.from({ length: 50 }, () => cache.increment('hits', 1, 60_000)))
      assert.equal(await cache.get('hits'), 55)
    })

    test('when a counter expires, then it restarts, since later increments do not extend its TTL', async (t) => {
      const open = await opener(t)
      if (!open) return
      const cache = open('windows')
      const first = await cache.increment('window', 1, 100)
      assert.equal(first.value, 1)
      assert.ok(first.expiresInMs > 0 && first.expiresInMs <= 100, `expires in ${first.expiresInMs} ms`)
      const later = await cache.increment('window', 1, 60_000)
      assert.ok(later.expiresInMs <= 100, 'a later increment tells the expiry of the first')
      // Were each increment to push the expiry to 60 s away, the counter would never restart.
      await waitFor(async () => (await cache.increment('window', 1, 60_000)).value === 1, { what: 'the counter to restart' })
    })

    test('when a value is updated, then the change sees the current value; undefined deletes it', async (t) => {
      const open = await opener(t)
      if (!open) return
      const cache = open('updates')
      assert.deepEqual(await cache.update<string[]>('list', (current) => [...(current ?? []), 'a']), ['a'])
      assert.deepEqual(await cache.update<string[]>('list', (current) => [...(current ?? []), 'b']), ['a', 'b'])
      assert.deepEqual(await cache.get('list'), ['a', 'b'])
      assert.equal(await cache.update('list', () => undefined), undefined)
      assert.equal(await cache.get('list'), undefined)
      assert.equal(await cache.update('never', () => undefined), undefined)
    })

    test('when fifty updates of one key race, then none is lost', async (t) => {
      const open = await opener(t)
      if (!open) return
      const cache = open('races')
      await Promise.all(Array.from({ length: 50 }, (_, i) => cache.update<number[]>('seen', (current) => [...(current ?? []), i])))
      const seen = await cache.get<number[]>('seen')
      assert.deepEqual([...(seen ?? [])].sort((a, b) => a - b), Array.from({ length: 50 }, (_, i) => i))
    })

    test('when one change is made once per key and raced and repeated, then it counts once, and again once its mark expired', async (t) => {
      const open = await opener(t)
      if (!open) return
      const cache = open('once')
      const add = (once: string, ttlMs = 60_000) => cache.updateOnce<number>('total', once, ttlMs, (current) => (current ?? 0) + 5)
      const first = await Promise.all(Array.from({ length: 10 }, () => add('order-1')))
      assert.deepEqual(first.filter(Boolean).length, 1, 'one of the racing changes was made')
      assert.equal(await add('order-1'), false)
      assert.equal(await cache.get('total'), 5)
      assert.equal(await add('order-2', 100), true)
      await waitFor(async () => add('order-2', 100), { what: 'the mark to expire and the change to be made again' })
      assert.equal(await cache.get('total'), 15)
      assert.equal(await cache.updateOnce('gone', 'order-3', 60_000, () => undefined), true, 'a change to nothing is made, and marked')
      assert.equal(await cache.get('gone'), undefined)
    })

    test('when an update answers the value unchanged, then nothing is written and its expiry stays', async (t) => {
      const open = await opener(t)
      if (!open) return
      const cache = open('unchanged')
      await cache.set('brief', { n: 1 }, 100)
      assert.deepEqual(await cache.update('brief', (current) => current), { n: 1 })
      await waitFor(async () => (await cache.get('brief')) === undefined, { what: 'the entry to expire' })
    })

    test('when two namespaces use the same key, then they do not see each other', async (t) => {
      const open = await opener(t)
      if (!open) return
      const [users, orders] = [open('users'), open('orders')]
      await users.set('k', 'users')
      assert.equal(await orders.get('k'), undefined)
      await orders.set('k', 'orders')
      await orders.increment('n', 1, 60_000)
      await orders.delete('k')
      assert.equal(await users.get('k'), 'users')
      assert.equal(await users.get('n'), undefined)
    })

    test('when the cache is reachable, then ping resolves', async (t) => {
      const open = await opener(t)
      if (!open) return
      await open('ping').ping()
    })
  })
}

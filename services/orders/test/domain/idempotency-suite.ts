import assert from 'node:assert/strict'
import { test } from 'node:test'
import { claimKey, deleteExpiredKeys, isAppError, readKey, storeResponse, type KeyedRequest, type Queryable } from '@bazaar/kit'
import { previousOutcome } from '../../src/domain/idempotency.ts'
import type { DbFactory } from '../support/database.ts'
import { testDeps } from '../support/deps.ts'
import { seedOrder } from '../support/orders.ts'

const stored = { status: 201, contentType: 'application/json', body: '{"order_id":"o1"}' }
const request = { caller: 'u1', key: 'key-1', fingerprint: 'f1' }
/** Claims the key for `orderId` as POST /orders does, in the transaction `tx`. */
const claim = (tx: Queryable, orderId: string, overrides: Partial<KeyedRequest> & { ttlMs?: number } = {}) =>
  claimKey(tx, { ...request, ...overrides }, { requestId: orderId, ttlMs: overrides.ttlMs ?? 60_000 })

const hasCode = (code: string) => (error: unknown) => isAppError(error) && error.code === code

/** The Idempotency-Key record and its waiting rules on a real database; run once per adapter. */
export function idempotencySuite(name: string, factory: DbFactory): void {
  test(`${name}: when the same key is claimed by concurrent requests, then exactly one gets it`, async (t) => {
    const open = await factory(t)
    if (!open) return
    const dbs = await Promise.all([open(), open(), open(), open()])
    const claims = await Promise.all(Array.from({ length: 20 }, (_, i) =>
      dbs[i % dbs.length]!.transaction((tx) => claim(tx, `order-${i}`))))
    assert.equal(claims.filter(Boolean).length, 1)
  })

  test(`${name}: when a key is new, then nothing is previous; when done, then its response comes back as stored`, async (t) => {
    const open = await factory(t)
    if (!open) return
    const db = await open()
    const deps = testDeps(db)
    assert.equal(await previousOutcome(deps, request, async () => {}), undefined)
    const orderId = await seedOrder(db, { status: 'awaiting_payment' })
    await db.transaction((tx) => claim(tx, orderId))
    await db.transaction((tx) => storeResponse(tx, orderId, stored))
    assert.deepEqual(await previousOutcome(deps, request, async () => {}), stored)
  })

  test(`${name}: when the key comes with another request, then it is 409 IDEMPOTENCY_CONFLICT`, async (t) => {
    const open = await factory(t)
    if (!open) return
    const db = await open()
    const orderId = await seedOrder(db)
    await db.transaction((tx) => claim(tx, orderId))
    await assert.rejects(previousOutcome(testDeps(db), { ...request, fingerprint: 'other' }, async () => {}), hasCode('IDEMPOTENCY_CONFLICT'))
  })

  test(`${name}: when the first request is in progress, then a repeat waits for its response`, async (t) => {
    const open = await factory(t)
    if (!open) return
    const db = await open()
    const orderId = await seedOrder(db)
    await db.transaction((tx) => claim(tx, orderId))
    const waiting = previousOutcome(testDeps(db), request, async () => { throw new Error('the order is not abandoned') })
    setTimeout(() => void db.transaction((tx) => storeResponse(tx, orderId, stored)), 50)
    assert.deepEqual(await waiting, stored)
  })

  test(`${name}: when the first request stays in progress past the wait, then the repeat is told to retry (409 CONFLICT)`, async (t) => {
    const open = await factory(t)
    if (!open) return
    const db = await open()
    const orderId = await seedOrder(db)
    await db.transaction((tx) => claim(tx, orderId))
    await assert.rejects(previousOutcome(testDeps(db, { settings: { idempotencyWaitMs: 30 } }), request, async () => {}), (error) =>
      hasCode('CONFLICT')(error) && isAppError(error) && error.retryAfter === 1)
  })

  test(`${name}: when the first request's order was abandoned (lease over), then the repeat resumes it`, async (t) => {
    const open = await factory(t)
    if (!open) return
    const db = await open()
    const orderId = await seedOrder(db, { leaseMs: -1 })
    await db.transaction((tx) => claim(tx, orderId))
    const resumed: string[] = []
    const outcome = await previousOutcome(testDeps(db), request, async (id) => {
      resumed.push(id)
      await db.transaction((tx) => storeResponse(tx, id, stored))
    })
    assert.deepEqual(resumed, [orderId])
    assert.deepEqual(outcome, stored)
  })

  test(`${name}: when a key expired, then it is forgotten, may be claimed again, and is pruned`, async (t) => {
    const open = await factory(t)
    if (!open) return
    const db = await open()
    await db.transaction((tx) => claim(tx, 'old-order', { ttlMs: -1000 }))
    assert.equal(await readKey(db, request), undefined)
    assert.equal(await db.transaction((tx) => claim(tx, 'new-order', { fingerprint: 'f2' })), true)
    assert.equal((await readKey(db, request))?.requestId, 'new-order')
    await db.transaction((tx) => claim(tx, 'other-order', { key: 'key-2', ttlMs: -1000 }))
    assert.equal(await deleteExpiredKeys(db), 1)
  })

  test(`${name}: when two callers use the same key, then each has their own record`, async (t) => {
    const open = await factory(t)
    if (!open) return
    const db = await open()
    assert.equal(await db.transaction((tx) => claim(tx, 'a')), true)
    assert.equal(await db.transaction((tx) => claim(tx, 'b', { caller: 'u2' })), true)
  })
}

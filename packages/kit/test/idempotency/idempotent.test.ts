import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { testDatabases, waitFor } from '@bazaar/kit/testing'
import { AppError, idempotent, type Db, type StoredResponse } from '../../src/index.ts'
import { claimKey, readKey } from '../../src/idempotency/keys.ts'

const databases = testDatabases([{ name: 'idempotency', folder: new URL('./migrations/', import.meta.url) }], { prefix: 'idempotency', max: 8 })
after(() => databases.closePglite())

const request = (fingerprint = 'f1') => ({ caller: 'user-1', key: randomUUID(), fingerprint })
const settings = (db: Db, more: { leaseMs?: number; holdLimitMs?: number; ttlMs?: number; waitMs?: number } = {}) => ({ db, leaseMs: 10_000, ttlMs: 60_000, waitMs: 10_000, pollMs: 5, ...more })
const never = () => new Promise<StoredResponse>(() => {})
const code = (expected: string) => (error: AppError) => error.code === expected

for (const [name, factory] of [['PGlite', databases.pglite], ['PostgreSQL', databases.postgres]] as const) describe(`idempotent on ${name}`, () => {
  it('when 20 requests with one key arrive together, then the work runs once and all get the same answer', async (t) => {
    const open = await factory(t)
    if (!open) return
    const db = await open()
    const keyed = request()
    let runs = 0
    const replies = await Promise.all(Array.from({ length: 20 }, () =>
      idempotent(settings(db), keyed, async () => {
        runs++
        await sleep(50)
        return { status: 201, body: JSON.stringify({ run: runs }) }
      })))
    assert.equal(runs, 1)
    assert.deepEqual(new Set(replies.map((reply) => `${reply.status} ${reply.body}`)), new Set(['201 {"run":1}']))
  })

  it('when the same key comes with another request, then 409 IDEMPOTENCY_CONFLICT, while the first runs and after', async (t) => {
    const open = await factory(t)
    if (!open) return
    const db = await open()
    const first = request('a')
    let release = () => {}
    const running = idempotent(settings(db), first, () => new Promise<StoredResponse>((resolve) => { release = () => resolve({ status: 201, body: '{}' }) }))
    await waitFor(() => readKey(db, first), { what: 'the first request to hold the key' })
    await assert.rejects(idempotent(settings(db), { ...first, fingerprint: 'b' }, never), code('IDEMPOTENCY_CONFLICT'))
    release()
    await running
    await assert.rejects(idempotent(settings(db), { ...first, fingerprint: 'b' }, never), code('IDEMPOTENCY_CONFLICT'))
  })

  it('when the work throws (a transient failure), then nothing is stored and a retry runs again', async (t) => {
    const open = await factory(t)
    if (!open) return
    const db = await open()
    const keyed = request()
    await assert.rejects(idempotent(settings(db), keyed, async () => { throw new AppError('UNAVAILABLE', 'down') }))
    const reply = await idempotent(settings(db), keyed, async () => ({ status: 402, body: '{"code":"PAYMENT_DECLINED"}' }))
    assert.deepEqual(reply, { status: 402, body: '{"code":"PAYMENT_DECLINED"}' })
    assert.deepEqual(await idempotent(settings(db), keyed, never), reply, 'a stored 402 is replayed')
  })

  it('when the first still runs after the wait, then a repeat gets 409 CONFLICT to retry later', async (t) => {
    const open = await factory(t)
    if (!open) return
    const db = await open()
    const keyed = request()
    void idempotent(settings(db), keyed, never)
    await waitFor(() => readKey(db, keyed), { what: 'the first request to hold the key' })
    await assert.rejects(idempotent(settings(db, { waitMs: 50 }), keyed, never), code('CONFLICT'))
  })

  it('when the runner dies holding the key, then a repeat takes it over once the lease ran out, with the same request id', async (t) => {
    const open = await factory(t)
    if (!open) return
    const db = await open()
    const keyed = request()
    const firstId = randomUUID()
    // What a crashed process leaves: its claim, which nobody renews.
    await claimKey(db, keyed, { requestId: firstId, ttlMs: 60_000, lease: { owner: 'a process now dead', ms: 100 } })
    const reply = await idempotent(settings(db, { leaseMs: 100 }), keyed, async (requestId) => ({ status: 201, body: JSON.stringify(requestId) }))
    assert.deepEqual(reply, { status: 201, body: JSON.stringify(firstId) })
  })

  it('when the runner is alive but slower than its lease, then a repeat waits for its answer instead of taking over', async (t) => {
    const open = await factory(t)
    if (!open) return
    const db = await open()
    const keyed = request()
    let runs = 0
    // Five leases long: without its renewals the repeat would take the key over after the first.
    const slow = idempotent(settings(db, { leaseMs: 400 }), keyed, async () => {
      runs++
      await sleep(2000)
      return { status: 201, body: '"slow"' }
    })
    await waitFor(() => readKey(db, keyed), { what: 'the slow runner to hold the key' })
    const repeat = await idempotent(settings(db, { leaseMs: 400 }), keyed, async () => {
      runs++
      return { status: 201, body: '"repeat"' }
    })
    assert.deepEqual([repeat, await slow, runs], [{ status: 201, body: '"slow"' }, { status: 201, body: '"slow"' }, 1])
  })

  it('when a live runner hangs past its hold limit, then its lease runs out and a repeat takes the key over', async (t) => {
    const open = await factory(t)
    if (!open) return
    const db = await open()
    const keyed = request()
    let hungId = ''
    void idempotent(settings(db, { leaseMs: 100, holdLimitMs: 300 }), keyed, (requestId) => { hungId = requestId; return never() })
    await waitFor(() => readKey(db, keyed), { what: 'the hung runner to hold the key' })
    const reply = await idempotent(settings(db, { leaseMs: 100 }), keyed, async (requestId) => ({ status: 201, body: JSON.stringify(requestId) }))
    assert.deepEqual(reply, { status: 201, body: JSON.stringify(hungId) })
  })

  it('when a key expired, then it is a new request with a new request id', async (t) => {
    const open = await factory(t)
    if (!open) return
    const db = await open()
    const keyed = request('a')
    const first = await idempotent(settings(db, { ttlMs: 1000 }), keyed, async (requestId) => ({ status: 201, body: JSON.stringify(requestId) }))
    await db.query(`update idempotency_keys set expires_at = now() - interval '1 second' where key = $1`, [keyed.key])
    const second = await idempotent(settings(db), { ...keyed, fingerprint: 'b' }, async (requestId) => ({ status: 201, body: JSON.stringify(requestId) }))
    assert.notEqual(second.body, first.body)
  })
})

import { describe, it, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { isAppError, type Db } from '@bazaar/kit'
import { testDatabases } from '@bazaar/kit/testing'
import type { StockWriter } from '../../src/domain/inventory.ts'
import { reserve } from '../../src/domain/reserve.ts'
import { releaseReservation, settleReservation } from '../../src/domain/settle.ts'
import type { StockChange } from '../../src/domain/stock-level.ts'
import { readStock, updateStock } from '../../src/domain/stock.ts'
import { uniqueId } from '../support/unique-id.ts'

// The reservation SQL under true parallelism: PGlite runs one transaction at a time, so only
// PostgreSQL, with 20 connections racing on the same rows, proves the conditional update and
// the product-id lock order. Each test has its own schema, dropped afterwards.
const databases = testDatabases([{ name: 'inventory', folder: new URL('../../migrations/', import.meta.url) }], { prefix: 'inventory', max: 20 })
const changes: StockChange[] = []
let deps: StockWriter

async function database(t: TestContext): Promise<Db | undefined> {
  const open = await databases.postgres(t)
  if (!open) return undefined
  const opened = await open()
  // The announcer records instead of writing outbox rows: the kit's outbox table is not what is under test.
  deps = { transaction: (work) => opened.transaction(work), announce: async (_tx, change) => { changes.push(change) } }
  return opened
}

const later = new Date(Date.now() + 15 * 60_000)
const outcome = (work: Promise<unknown>) => work.then(() => 'held', (error: unknown) => (isAppError(error) ? error.code : error))

describe('reserving on PostgreSQL with parallel transactions', () => {
  it('when 200 orders reserve 1 each of 25 at once, then exactly 25 hold and the row never goes negative', async (t) => {
    const pool = await database(t)
    if (!pool) return
    const productId = uniqueId('rush')
    await updateStock(deps, productId, { quantity: 25 })
    const results = await Promise.all(Array.from({ length: 200 }, () =>
      outcome(reserve(deps, uniqueId('order'), { lines: [{ productId, quantity: 1 }], expiresAt: later }))))
    assert.equal(results.filter((result) => result === 'held').length, 25)
    assert.equal(results.filter((result) => result === 'OUT_OF_STOCK').length, 175)
    assert.deepEqual(await readStock(pool, productId), { productId, quantity: 0, reserved: 25 })
    const [count] = await pool.query<{ n: number }>('select count(*)::int as n from reservation_lines where product_id = $1', [productId])
    assert.equal(count?.n, 25)
    assert.ok(changes.filter((change) => change.productId === productId).every((change) => change.quantity >= 0))
  })

  it('when orders name the same two products in opposite orders at once, then none deadlocks and the scarce one decides', async (t) => {
    const pool = await database(t)
    if (!pool) return
    const [scarce, plenty] = [uniqueId('scarce'), uniqueId('plenty')]
    await updateStock(deps, scarce, { quantity: 30 })
    await updateStock(deps, plenty, { quantity: 1000 })
    const results = await Promise.all(Array.from({ length: 120 }, (_, index) => {
      const lines = [{ productId: scarce, quantity: 1 }, { productId: plenty, quantity: 2 }]
      return outcome(reserve(deps, uniqueId('order'), { lines: index % 2 === 0 ? lines : lines.reverse(), expiresAt: later }))
    }))
    assert.deepEqual(new Set(results), new Set(['held', 'OUT_OF_STOCK']), 'no deadlock or other failure')
    assert.equal(results.filter((result) => result === 'held').length, 30)
    assert.deepEqual(await readStock(pool, scarce), { productId: scarce, quantity: 0, reserved: 30 })
    assert.deepEqual(await readStock(pool, plenty), { productId: plenty, quantity: 940, reserved: 60 })
  })

  it('when one order\'s reservation is repeated 20 times at once, then it holds once', async (t) => {
    const pool = await database(t)
    if (!pool) return
    const productId = uniqueId('repeat')
    await updateStock(deps, productId, { quantity: 10 })
    const orderId = uniqueId('order')
    const replies = await Promise.all(Array.from({ length: 20 }, () => reserve(deps, orderId, { lines: [{ productId, quantity: 3 }], expiresAt: later })))
    assert.ok(replies.every((reply) => reply.status === 'held'))
    assert.deepEqual(await readStock(pool, productId), { productId, quantity: 7, reserved: 3 })
  })

  it('when a reservation is released and committed by many at once, then it is settled exactly once', async (t) => {
    const pool = await database(t)
    if (!pool) return
    const productId = uniqueId('settle')
    await updateStock(deps, productId, { quantity: 10 })
    const orderId = uniqueId('order')
    await reserve(deps, orderId, { lines: [{ productId, quantity: 4 }], expiresAt: later })
    const results = await Promise.all([
      ...Array.from({ length: 10 }, () => releaseReservation(deps, orderId)),
      ...Array.from({ length: 10 }, () => deps.transaction((tx) => settleReservation(tx, deps.announce, orderId, 'committed'))),
    ])
    assert.equal(results.filter((result) => result.settled).length, 1)
    const stock = await readStock(pool, productId)
    assert.ok(
      (stock.quantity === 10 && stock.reserved === 0) || (stock.quantity === 6 && stock.reserved === 0),
      `released (10, 0) or committed (6, 0), got (${stock.quantity}, ${stock.reserved})`,
    )
  })
})

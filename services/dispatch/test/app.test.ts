import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Value } from 'typebox/value'
import { OrderPaid, ShipmentDispatched, ShipmentDispatchedV1 } from '@bazaar/contracts'
import { baseConfig, loadConfig } from '@bazaar/kit'
import { waitFor } from '@bazaar/kit/testing'
import { startTestPlatform, type TestPlatform, type TestPlatformOptions } from '@bazaar/cli/testing'

/** The dispatch service's own tables, read beside it: it has no API to ask. */
async function dispatchTables(tp: TestPlatform) {
  const db = await tp.platform.runtime.openDb('dispatch', loadConfig(baseConfig, { env: {} }))
  const count = async (sql: string) => Number((await db.query<{ n: number }>(sql))[0]?.n)
  return {
    jobs: () => count('select count(*) as n from dispatch_jobs'),
    handled: () => count(`select count(*) as n from inbox where consumer = 'dispatch.orders'`),
  }
}

describe('the dispatch worker', () => {
  let dataDir: string | undefined
  after(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true })
  })

  // One scenario, because a fresh database on disk is most of this test's cost.
  it('when an order is paid twice over and the worker restarts before the job is due, then shipment.dispatched is published once, after the restart', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'bazaar-dispatch-'))
    const options: TestPlatformOptions = {
      only: ['users', 'dispatch'],
      dataDir,
      // Long enough that the first run surely stops before the job is due.
      settings: { dispatch: { DISPATCH_DELAY_MS: 2500, DISPATCH_POLL_INTERVAL_MS: 25 } },
      listen: [ShipmentDispatched.type],
      consumer: 'test.dispatched',
    }
    const orderId = randomUUID()
    const userId = randomUUID()
    const paid = { order_id: orderId, user_id: userId, items: [], total: 1000, currency: 'USD', payment_id: 'p', shipping_address: null }

    const first = await startTestPlatform(options)
    try {
      const tables = await dispatchTables(first)
      await first.publish('orders', OrderPaid.type, paid)
      await first.publish('orders', OrderPaid.type, paid)
      await waitFor(async () => (await tables.handled()) === 2, { what: 'both order.paid handled' })
      assert.equal(await tables.jobs(), 1, 'one job per order')
      for (const path of ['/health', '/ready', '/metrics']) assert.equal((await fetch(first.url('dispatch') + path)).status, 200, path)
      assert.equal((await first.client('dispatch').get(`/dispatches`)).status, 404, 'no API besides health and metrics')
    } finally {
      await first.stop()
    }
    assert.equal(first.received.length, 0, 'not dispatched before the restart')

    const second = await startTestPlatform({ ...options, settings: { dispatch: { DISPATCH_DELAY_MS: 100, DISPATCH_POLL_INTERVAL_MS: 25 } } })
    try {
      const dispatched = await waitFor(() => second.received.find((event) => (event.data as { order_id: string }).order_id === orderId), { what: ShipmentDispatched.type, timeoutMs: 15_000 })
      assert.equal(dispatched.source, 'dispatch')
      assert.equal(dispatched.subject, orderId)
      assert.ok(Value.Check(ShipmentDispatchedV1, dispatched.data))
      assert.equal((dispatched.data as ShipmentDispatchedV1).user_id, userId)
      // A marker paid after the restart: once it is dispatched, the poller has run past the first job again.
      const marker = randomUUID()
      await second.publish('orders', OrderPaid.type, { ...paid, order_id: marker })
      await waitFor(() => second.received.some((event) => (event.data as { order_id: string }).order_id === marker), { what: 'the marker dispatched', timeoutMs: 15_000 })
      assert.equal(second.received.filter((event) => (event.data as { order_id: string }).order_id === orderId).length, 1)
    } finally {
      await second.stop()
    }
  })
})

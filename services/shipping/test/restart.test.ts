import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { OrderPaid, ShipmentDelivered, ShipmentDispatched } from '@bazaar/contracts'
import { waitFor } from '@bazaar/kit/testing'
import { startTestPlatform, type TestPlatformOptions } from '@bazaar/cli/testing'

interface ShipmentView { status: string; events: { status: string }[] }

describe('deliveries across a restart', () => {
  let dataDir: string | undefined
  after(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true })
  })

  it('when the services stop before a dispatched shipment is due, then after they start again it is delivered, once', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'bazaar-shipping-'))
    const options: TestPlatformOptions = {
      only: ['users', 'shipping'],
      dataDir,
      // Long enough that the first run surely stops before the delivery is due.
      settings: { shipping: { DELIVERY_DELAY_MS: 2500, DELIVERY_POLL_INTERVAL_MS: 25 } },
      listen: [ShipmentDelivered.type],
      // The same durable queue in both runs: it also gets what is published while the test is not listening.
      consumer: 'test.restart',
    }
    const orderId = randomUUID()
    const first = await startTestPlatform(options)
    let token: string
    try {
      const customer = await first.signUp()
      token = customer.token
      await first.publish('orders', OrderPaid.type, { order_id: orderId, user_id: customer.userId, items: [], total: 1000, currency: 'USD', payment_id: 'p', shipping_address: null })
      await first.publish('dispatch', ShipmentDispatched.type, { order_id: orderId, user_id: customer.userId, dispatch_id: randomUUID() })
      await waitFor(async () => (await first.client('shipping').get<ShipmentView>(`/shipments/${orderId}`, token)).body?.status === 'dispatched', { what: 'dispatched' })
    } finally {
      await first.stop()
    }
    assert.equal(first.received.length, 0, 'not delivered before the restart')

    const second = await startTestPlatform({ ...options, settings: { shipping: { DELIVERY_POLL_INTERVAL_MS: 25 } } })
    try {
      await waitFor(() => second.received.some((event) => (event.data as { order_id: string }).order_id === orderId), { what: ShipmentDelivered.type, timeoutMs: 15_000 })
      const shipment = await second.client('shipping').get<ShipmentView>(`/shipments/${orderId}`, token)
      assert.equal(shipment.body.status, 'delivered')
      assert.deepEqual(shipment.body.events.map((event) => event.status), ['created', 'dispatched', 'delivered'])
      assert.equal(second.received.filter((event) => (event.data as { order_id: string }).order_id === orderId).length, 1)
    } finally {
      await second.stop()
    }
  })
})

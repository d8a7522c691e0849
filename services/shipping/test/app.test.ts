import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { Value } from 'typebox/value'
import { NotificationSent, OrderPaid, ShipmentCreated, ShipmentCreatedV1, ShipmentDelivered, ShipmentDeliveredV1, ShipmentDispatched, ShipmentDispatchedV1, UserRegistered } from '@bazaar/contracts'
import type { EventEnvelope } from '@bazaar/kit'
import { waitFor } from '@bazaar/kit/testing'
import { startTestPlatform, type TestPlatform } from '@bazaar/cli/testing'

const delayMs = 200

interface NotificationItem { notification_id: string; event_type: string; channel: string; subject: string | null; text: string }
interface NotificationPage { items: NotificationItem[]; next_cursor: string | null }

function orderPaid(orderId: string, userId: string) {
  return {
    order_id: orderId,
    user_id: userId,
    items: [{ product_id: '12', quantity: 2, unit_price: 2999 }],
    total: 6477,
    currency: 'USD',
    payment_id: randomUUID(),
    shipping_address: null,
  }
}

// One platform for the file: starting it is most of a test's cost. The journey of one paid
// order starts in `before`; each test checks one side of it.
let tp: TestPlatform
let customer: { userId: string; token: string }
let stranger: { userId: string; token: string }
let paid: EventEnvelope
const orderId = randomUUID()

const eventOf = (type: string, order = orderId) => () => tp.received.find((event) => event.type === type && (event.data as { order_id?: string }).order_id === order)

before(async () => {
  tp = await startTestPlatform({
    only: ['users', 'shipping', 'dispatch', 'notifications'],
    settings: {
      dispatch: { DISPATCH_DELAY_MS: delayMs, DISPATCH_POLL_INTERVAL_MS: 25 },
      shipping: { DELIVERY_DELAY_MS: delayMs, DELIVERY_POLL_INTERVAL_MS: 25 },
    },
    listen: [ShipmentCreated, ShipmentDispatched, ShipmentDelivered, NotificationSent].map((contract) => contract.type),
  })
  customer = await tp.signUp()
  stranger = await tp.signUp()
  paid = await tp.publish('orders', OrderPaid.type, orderPaid(orderId, customer.userId))
})
after(() => tp.stop())

describe('a paid order', () => {
  it('when an order is paid, then shipping creates its shipment, dispatch dispatches it after its delay and shipping delivers it after its own', async () => {
    const created = await waitFor(eventOf(ShipmentCreated.type), { what: ShipmentCreated.type })
    assert.equal(created.source, 'shipping')
    assert.ok(Value.Check(ShipmentCreatedV1, created.data))
    const shipment = created.data as ShipmentCreatedV1
    assert.equal(shipment.user_id, customer.userId)
    assert.equal(shipment.carrier, 'Bazaar Post')
    assert.match(shipment.tracking_number, /^BZ[0-9]{10}$/)

    const dispatched = await waitFor(eventOf(ShipmentDispatched.type), { what: ShipmentDispatched.type })
    assert.equal(dispatched.source, 'dispatch')
    assert.ok(Value.Check(ShipmentDispatchedV1, dispatched.data))
    assert.ok(Date.parse(dispatched.time) - Date.parse(paid.time) >= delayMs, 'dispatch waited its delay')

    const delivered = await waitFor(eventOf(ShipmentDelivered.type), { what: ShipmentDelivered.type })
    assert.ok(Value.Check(ShipmentDeliveredV1, delivered.data))
    assert.deepEqual(delivered.data, { shipment_id: shipment.shipment_id, order_id: orderId, user_id: customer.userId, tracking_number: shipment.tracking_number })
    assert.ok(Date.parse(delivered.time) - Date.parse(dispatched.time) >= delayMs, 'delivery waited its delay')
  })

  it('when its owner asks for the shipment, then it shows the tracking history; a stranger gets 404, nobody 401', async () => {
    await waitFor(eventOf(ShipmentDelivered.type), { what: ShipmentDelivered.type })
    const path = `/shipments/${orderId}`
    const shipping = tp.client('shipping')
    const mine = await shipping.get<Record<string, unknown> & { events: { status: string; description: string; at: string }[] }>(path, customer.token)
    assert.equal(mine.status, 200)
    assert.deepEqual(Object.keys(mine.body).sort(), ['carrier', 'events', 'order_id', 'shipment_id', 'status', 'tracking_number'])
    assert.equal(mine.body.status, 'delivered')
    assert.equal(mine.body.order_id, orderId)
    assert.deepEqual(mine.body.events.map((event) => event.status), ['created', 'dispatched', 'delivered'])
    assert.equal((await shipping.get(path, stranger.token)).status, 404)
    assert.equal((await shipping.get(path)).status, 401)
    assert.equal((await tp.client('shipping').get(`/shipments/${randomUUID()}`, customer.token)).status, 404)
  })

  it('when each step happens, then notifications stores an email and an SMS for its customer and announces them without their body', async () => {
    const types = [UserRegistered.type, OrderPaid.type, ShipmentCreated.type, ShipmentDispatched.type, ShipmentDelivered.type]
    const page = await waitFor(async () => {
      const reply = await tp.client('notifications').get<NotificationPage>(`/notifications?limit=100`, customer.token)
      return reply.body.items.length >= types.length * 2 ? reply.body : undefined
    }, { what: 'ten notifications' })
    assert.equal(page.items.length, types.length * 2)
    assert.deepEqual(new Set(page.items.map((item) => item.event_type)), new Set(types))
    for (const type of types) {
      assert.deepEqual(page.items.filter((item) => item.event_type === type).map((item) => item.channel).sort(), ['email', 'sms'], type)
    }
    const paidEmail = page.items.find((item) => item.event_type === OrderPaid.type && item.channel === 'email')
    assert.ok(paidEmail?.text.includes(orderId) && paidEmail.text.includes('64.77 USD'))
    const created = (await waitFor(eventOf(ShipmentCreated.type))).data as ShipmentCreatedV1
    const trackingSms = page.items.find((item) => item.event_type === ShipmentCreated.type && item.channel === 'sms')
    assert.ok(trackingSms?.text.includes(created.tracking_number))

    const sent = await waitFor(() => {
      const mine = tp.received.filter((event) => event.type === NotificationSent.type && (event.data as { user_id: string }).user_id === customer.userId)
      return mine.length >= types.length * 2 ? mine : undefined
    }, { what: 'notification.sent events' })
    assert.deepEqual(new Set(sent.map((event) => (event.data as { notification_id: string }).notification_id)), new Set(page.items.map((item) => item.notification_id)))
    for (const event of sent) assert.deepEqual(Object.keys(event.data as object).sort(), ['channel', 'event_id', 'notification_id', 'template', 'user_id'])
  })

  it('when another customer lists their notifications, then they see only their own', async () => {
    await waitFor(async () => (await tp.client('notifications').get<NotificationPage>(`/notifications`, customer.token)).body.items.length >= 10)
    const theirs = await tp.client('notifications').get<NotificationPage>(`/notifications?limit=100`, stranger.token)
    assert.equal(theirs.status, 200)
    assert.deepEqual(theirs.body.items.map((item) => item.event_type), [UserRegistered.type, UserRegistered.type])
    assert.ok(!JSON.stringify(theirs.body).includes(orderId))
  })

  it('when order.paid arrives again (redelivered, or republished under a new id), then there is still one shipment and one dispatch', async () => {
    await waitFor(eventOf(ShipmentDelivered.type), { what: 'the first journey' })
    const { tracking_number: tracking } = (await waitFor(eventOf(ShipmentCreated.type))).data as ShipmentCreatedV1
    await tp.publish('orders', OrderPaid.type, orderPaid(orderId, customer.userId))
    // Another order paid after the repeats, as a marker: once it is delivered, the repeats were handled.
    const marker = randomUUID()
    await tp.publish('orders', OrderPaid.type, orderPaid(marker, customer.userId))
    await waitFor(eventOf(ShipmentDelivered.type, marker), { what: 'the marker order delivered' })
    for (const type of [ShipmentCreated.type, ShipmentDispatched.type, ShipmentDelivered.type]) {
      assert.equal(tp.received.filter((event) => event.type === type && (event.data as { order_id: string }).order_id === orderId).length, 1, type)
    }
    const shipment = await tp.client('shipping').get<{ tracking_number: string }>(`/shipments/${orderId}`, customer.token)
    assert.equal(shipment.body.tracking_number, tracking)
  })
})

describe('GET /shipping/quote', () => {
  it('when a parcel is quoted, then standard and express come with prices as decimals and days; standard is free above the threshold', async () => {
    const quote = await tp.client('shipping').get(`/shipping/quote?country=de&weight_grams=1200&subtotal=59.98`)
    assert.equal(quote.status, 200)
    assert.deepEqual(quote.body, { currency: 'USD', options: [{ method: 'standard', price: 0, days: 10 }, { method: 'express', price: 44.99, days: 4 }] })
    const defaults = await tp.client('shipping').get(`/shipping/quote`)
    assert.deepEqual(defaults.body, { currency: 'USD', options: [{ method: 'standard', price: 4.99, days: 5 }, { method: 'express', price: 14.99, days: 2 }] })
  })

  it('when the query is not valid, then 400 VALIDATION_FAILED naming the field', async () => {
    for (const [query, field] of [['country=USA', 'querystring.country'], ['weight_grams=-1', 'querystring.weight_grams'], ['subtotal=1.234', 'querystring.subtotal'], ['colour=red', 'querystring']] as const) {
      const reply = await tp.client('shipping').get<{ code: string; fields: { field: string }[] }>(`/shipping/quote?${query}`)
      assert.equal(reply.status, 400, query)
      assert.equal(reply.body.code, 'VALIDATION_FAILED')
      assert.ok(reply.body.fields.some((item) => item.field.startsWith(field)), `${query}: ${JSON.stringify(reply.body.fields)}`)
    }
  })
})

import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { NotificationSent, OrderCreated, OrderPaid, ShipmentCreated, UserRegistered } from '@bazaar/contracts'
import { baseConfig, loadConfig, type Bus, type Db } from '@bazaar/kit'
import { waitFor } from '@bazaar/kit/testing'
import { startTestPlatform, type TestPlatform } from '@bazaar/cli/testing'

interface NotificationItem { notification_id: string; event_type: string; channel: string; subject: string | null; text: string; created_at: string }
interface NotificationPage { items: NotificationItem[]; next_cursor: string | null }

const consumer = 'notifications.messages'

function orderCreated(orderId: string, userId: string) {
  return { order_id: orderId, user_id: userId, items: [{ product_id: '1', quantity: 1, unit_price: 2999 }], total: 3238, currency: 'USD', from_cart: false, expires_at: new Date(Date.now() + 900_000).toISOString() }
}

// One platform for the file: starting it is most of a test's cost. The last test stops users.
let tp: TestPlatform
let db: Db
let bus: Bus
let customer: { userId: string; token: string }

const list = async (token: string, query = 'limit=100') => (await tp.client('notifications').get<NotificationPage>(`/notifications?${query}`, token)).body
const storedFor = async (eventId: string) => db.query<{ channel: string; user_id: string }>('select channel, user_id from notifications where event_id = $1 order by channel', [eventId])
const handled = async (eventId: string) => (await db.query('select 1 from inbox where event_id = $1 and consumer = $2', [eventId, consumer])).length > 0

before(async () => {
  tp = await startTestPlatform({
    only: ['users', 'notifications'],
    // An outage of users is waited out this long before its events are dead-lettered.
    settings: { notifications: { MAX_DELIVERY_ATTEMPTS: 2, BUS_OUTAGE_RETRY_MS: 3000 } },
    listen: [NotificationSent.type],
  })
  // The notifications service's own tables, read beside it to see what it did not do.
  const settings = loadConfig(baseConfig, { env: {} })
  db = await tp.platform.runtime.openDb('notifications', settings)
  bus = await tp.platform.runtime.openBus('test', settings)
  customer = await tp.signUp({ name: 'Ada Shopper' })
})
after(() => tp.stop())

describe('notifications', () => {
  it('when a user registers, then a welcome email and SMS are stored for them, from the event alone', async () => {
    const page = await waitFor(async () => ((await list(customer.token)).items.length >= 2 ? list(customer.token) : undefined), { what: 'welcome' })
    assert.deepEqual(page.items.map((item) => [item.event_type, item.channel]).sort(), [[UserRegistered.type, 'email'], [UserRegistered.type, 'sms']])
    const email = page.items.find((item) => item.channel === 'email')!
    assert.equal(email.subject, 'Welcome to Bazaar')
    assert.ok(email.text.startsWith('Hello Ada Shopper,'), 'the name the user registered with')
    assert.equal(page.items.find((item) => item.channel === 'sms')!.subject, null)
    assert.deepEqual(Object.keys(email).sort(), ['channel', 'created_at', 'event_type', 'notification_id', 'subject', 'text'])
  })

  it('when an event about a user arrives, then their email and name are looked up and the messages are listed newest first, a page at a time', async () => {
    const orderId = randomUUID()
    const event = await tp.publish('orders', OrderCreated.type, orderCreated(orderId, customer.userId))
    await waitFor(async () => (await storedFor(event.id)).length === 2, { what: `${OrderCreated.type} notifications` })
    const first = await list(customer.token, 'limit=3')
    assert.deepEqual(first.items.slice(0, 2).map((item) => item.event_type), [OrderCreated.type, OrderCreated.type])
    assert.ok(first.items[0]!.text.includes(orderId) && first.items.some((item) => item.text.includes('32.38 USD')))
    assert.ok(first.items.find((item) => item.channel === 'email')!.text.startsWith('Hello Ada Shopper,'))
    assert.ok(first.next_cursor)
    const second = await list(customer.token, `limit=3&cursor=${first.next_cursor}`)
    assert.equal(second.items.length, 1)
    assert.equal(second.next_cursor, null)
    const all = [...first.items, ...second.items]
    assert.equal(new Set(all.map((item) => item.notification_id)).size, 4)
    assert.deepEqual(all.map((item) => item.created_at), [...all.map((item) => item.created_at)].sort().reverse())
  })

  it('when the same event is delivered twice, then it is sent, stored and announced once per channel', async () => {
    const event = await tp.publish('shipping', ShipmentCreated.type, { shipment_id: randomUUID(), order_id: randomUUID(), user_id: customer.userId, tracking_number: 'BZ0000000001', carrier: 'Bazaar Post' })
    await tp.republish(event)
    await waitFor(async () => (await storedFor(event.id)).length === 2, { what: 'stored' })
    // A marker after the repeat: once it is stored, the repeat was handled too.
    const marker = await tp.publish('shipping', ShipmentCreated.type, { shipment_id: randomUUID(), order_id: randomUUID(), user_id: customer.userId, tracking_number: 'BZ0000000002', carrier: 'Bazaar Post' })
    await waitFor(async () => (await storedFor(marker.id)).length === 2, { what: 'marker stored' })
    await waitFor(() => tp.received.filter((sent) => (sent.data as { event_id: string }).event_id === marker.id).length === 2, { what: 'marker announced' })
    assert.deepEqual((await storedFor(event.id)).map((row) => row.channel), ['email', 'sms'])
    assert.equal(tp.received.filter((sent) => (sent.data as { event_id: string }).event_id === event.id).length, 2)
  })

  it('when the user does not exist, then nothing is sent and the event is not retried', async () => {
    const event = await tp.publish('orders', OrderCreated.type, orderCreated(randomUUID(), randomUUID()))
    await waitFor(() => handled(event.id), { what: 'handled' })
    assert.deepEqual(await storedFor(event.id), [])
    assert.deepEqual(await bus.deadLetters(consumer), [])
  })

  it('when the other customer lists notifications, then they see only theirs; without a token, 401', async () => {
    const other = await tp.signUp({ name: 'Ada Shopper' })
    const theirs = await waitFor(async () => ((await list(other.token)).items.length >= 2 ? list(other.token) : undefined), { what: 'their welcome' })
    assert.deepEqual(theirs.items.map((item) => item.event_type), [UserRegistered.type, UserRegistered.type])
    assert.equal((await tp.client('notifications').get(`/notifications`)).status, 401)
    assert.equal((await tp.client('notifications').get(`/notifications?limit=500`, other.token)).status, 400)
  })

  it('when the users service cannot be reached, then the event is retried past its attempts and dead-lettered once the outage outlasts its bound, nothing stored', async () => {
    await tp.platform.services.get('users')?.stop()
    const event = await tp.publish('orders', OrderPaid.type, { order_id: randomUUID(), user_id: customer.userId, items: [], total: 100, currency: 'USD', payment_id: 'p', shipping_address: null })
    const dead = await waitFor(async () => (await bus.deadLetters(consumer)).find((letter) => letter.event.id === event.id), { what: 'dead letter', timeoutMs: 20_000 })
    assert.ok(dead.attempts > 2, `an unavailable users service does not spend the attempts: ${dead.attempts} deliveries`)
    assert.deepEqual(await storedFor(event.id), [])
    assert.equal(await handled(event.id), false)
  })
})

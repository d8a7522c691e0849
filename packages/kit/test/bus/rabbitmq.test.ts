import assert from 'node:assert/strict'
import { test } from 'node:test'
import { needServer, tcpProxy, waitFor } from '@bazaar/kit/testing'
import type { EventEnvelope } from '../../src/bus/envelope.ts'
import { exchangeName } from '../../src/bus/rabbit-topology.ts'
import { busSuite, event, type BusFactory } from './bus-suite.ts'
import { redeliverySuite } from './redelivery-suite.ts'
import { logLines } from '../log-lines.ts'
import { rabbitNamespace } from './rabbit-namespace.ts'

const rabbit: BusFactory = async (t) => {
  const url = await needServer(t, 'amqp')
  if (!url) return undefined
  const space = await rabbitNamespace(t, url)
  return (options) => space.open(url, options)
}
busSuite('RabbitMQ', rabbit, { queuesDeclaredAtStart: true })
redeliverySuite('RabbitMQ', rabbit)

/** A shop whose mailer and warehouse consume what the shop publishes. */
const shopQueues = { shop: [], mailer: ['parcel.packed', 'member.*'], warehouse: ['parcel.sent'] }

test('when publish resolves, then the broker already holds the event in the queue of its consumer', async (t) => {
  const url = await needServer(t, 'amqp')
  if (!url) return
  const space = await rabbitNamespace(t, url)
  const shop = await space.open(url, { queues: shopQueues, queue: 'shop' })
  await shop.publish(event('parcel.sent'))
  const channel = await space.admin.createChannel()
  const depths = await Promise.all(['mailer', 'warehouse'].map(async (queue) => (await channel.checkQueue(`${space.prefix}${queue}`)).messageCount))
  await channel.close()
  assert.deepEqual(depths, [0, 1])
})

test('when events are published before their consuming service ever started, then it gets them once it subscribes', async (t) => {
  const url = await needServer(t, 'amqp')
  if (!url) return
  const space = await rabbitNamespace(t, url)
  const shop = await space.open(url, { queues: shopQueues, queue: 'shop' })
  const sent = [event('parcel.packed', { n: 1 }), event('member.joined', { n: 2 })]
  for (const e of sent) await shop.publish(e)

  const mailer = await space.open(url, { queues: shopQueues, queue: 'mailer' })
  const received: EventEnvelope[] = []
  await mailer.subscribe('mailer.orders', ['parcel.packed'], async (e) => { received.push(e) })
  await mailer.subscribe('mailer.welcome', ['member.*'], async (e) => { received.push(e) })
  await waitFor(() => received.length >= 2, { what: 'the events published before the mailer started' })
  assert.deepEqual(received.map((e) => e.id).sort(), sent.map((e) => e.id).sort())
})

test('when a service subscribes to events its topology entry does not consume, then subscribe rejects at once naming the entry to add', async (t) => {
  const url = await needServer(t, 'amqp')
  if (!url) return
  const space = await rabbitNamespace(t, url)
  const mailer = await space.open(url, { queues: shopQueues, queue: 'mailer' })
  await assert.rejects(mailer.subscribe('mailer.refunds', ['invoice.voided', 'parcel.packed'], async () => {}),
    /mailer does not consume invoice\.voided, which mailer\.refunds takes: add it to services\.mailer\.consumes in the topology/)
  await assert.rejects(mailer.subscribe('mailer.orders', ['parcel.*'], async () => {}), /does not consume parcel\.\*/)
  await mailer.subscribe('mailer.users', ['member.*'], async () => {})
  await assert.rejects(mailer.subscribe('mailer.users', ['member.*'], async () => {}), /already subscribed/)

  const shop = await space.open(url, { queues: shopQueues, queue: 'shop' })
  await assert.rejects(shop.subscribe('shop.audit', ['parcel.sent'], async () => {}), /shop consumes no events, so it has no queue: list what shop\.audit takes under services\.shop\.consumes/)
})

test('when one of two handlers of a service fails, then only it gets the event again, and its dead letter names it', async (t) => {
  const url = await needServer(t, 'amqp')
  if (!url) return
  const space = await rabbitNamespace(t, url)
  const bus = await space.open()
  let billed = 0
  let mailed = 0
  let mailerFixed = false
  await bus.subscribe('billing', ['parcel.packed'], async () => { billed++ })
  await bus.subscribe('mailer', ['parcel.packed'], async () => {
    mailed++
    if (!mailerFixed) throw new Error('smtp down')
  }, { maxAttempts: 2 })
  const sent = event('parcel.packed')
  await bus.publish(sent)

  const dead = await waitFor(async () => (await bus.deadLetters('mailer')).at(0), { what: 'the dead letter' })
  assert.deepEqual([dead.event.id, dead.consumer, dead.attempts, dead.error], [sent.id, 'mailer', 2, 'smtp down'])
  assert.deepEqual(await bus.deadLetters('billing'), [])
  assert.deepEqual([billed, mailed], [1, 2])

  mailerFixed = true
  assert.equal(await bus.replayDeadLetters('billing'), 0)
  assert.equal(await bus.replayDeadLetters('mailer'), 1)
  await waitFor(() => mailed === 3, { what: 'the replayed delivery' })
  assert.equal(billed, 1, 'the replayed letter is for the consumer that failed only')
})

test('when the connection is dropped and refused during a stream of publishes, then every publish that resolved is delivered after recovery, with one warning and one info line', async (t) => {
  const url = await needServer(t, 'amqp')
  if (!url) return
  const proxy = await tcpProxy(url)
  t.after(() => proxy.close())
  const space = await rabbitNamespace(t, url)
  const logs = logLines()
  const bus = await space.open(proxy.url, { maxReconnectDelayMs: 200, log: logs.logger })
  const received = new Set<string>()
  await bus.subscribe('survivor', ['parcel.packed'], async (e) => { received.add(e.id) })

  const resolved: string[] = []
  let rejected = 0
  let stop = false
  const stream = (async () => {
    for (let n = 0; !stop; n++) {
      const e = event('parcel.packed', { n })
      await bus.publish(e).then(() => resolved.push(e.id), () => rejected++)
      await new Promise((resolve) => setImmediate(resolve))
    }
  })()
  await waitFor(() => received.size >= 20, { what: 'the stream to flow' })

  proxy.refuse(true)
  proxy.drop()
  await waitFor(() => rejected >= 20, { what: 'publishes to fail while the broker is away' })
  const started = performance.now()
  await assert.rejects(bus.publish(event('parcel.packed')), /not connected/)
  await assert.rejects(bus.ping(), /not connected/)
  assert.ok(performance.now() - started < 100, 'publish and ping fail fast while disconnected')

  proxy.refuse(false)
  const resolvedBefore = resolved.length
  await waitFor(() => resolved.length >= resolvedBefore + 20, { what: 'publishes after the reconnect' })
  stop = true
  await stream
  await waitFor(() => resolved.every((id) => received.has(id)), { what: 'every published event', timeoutMs: 20_000 })

  const outage = logs.lines.filter((line) => line.message.includes('RabbitMQ'))
  assert.deepEqual(outage.map((line) => [line.level, line.message]), [
    ['info', 'RabbitMQ connected'],
    ['warn', 'RabbitMQ connection lost; reconnecting until it is back'],
    ['info', 'RabbitMQ connection back'],
  ])
})

test('when a handler cuts the connection every time it sees one poison event, then that event is dead-lettered after maxAttempts and the others are all delivered', async (t) => {
  const url = await needServer(t, 'amqp')
  if (!url) return
  let release = () => {}
  const hung = new Promise<void>((resolve) => { release = resolve })
  // Registered first, so it runs before the namespace closes the buses, which wait for handlers.
  t.after(() => release())
  const proxy = await tcpProxy(url)
  t.after(() => proxy.close())
  const space = await rabbitNamespace(t, url)
  const publisher = await space.open()
  const worker = await space.open(proxy.url, { maxReconnectDelayMs: 200 })
  const poison = event('parcel.packed', { poison: true })
  const others = Array.from({ length: 30 }, (_, n) => event('parcel.packed', { n }))
  const received = new Set<string>()
  let poisonCalls = 0
  await worker.subscribe('worker', ['parcel.packed'], async (e) => {
    if (e.id !== poison.id) return void received.add(e.id)
    poisonCalls++
    proxy.drop()
    await hung
  }, { maxAttempts: 3 })

  for (const e of others.slice(0, 10)) await publisher.publish(e)
  await publisher.publish(poison)
  for (const e of others.slice(10)) await publisher.publish(e)

  const dead = await waitFor(async () => (await publisher.deadLetters('worker')).at(0), { what: 'the poison in the DLQ', timeoutMs: 20_000 })
  assert.deepEqual([dead.event.id, dead.consumer, dead.attempts], [poison.id, 'worker', 3])
  assert.match(dead.error, /no outcome after 3 deliveries/)
  assert.equal(poisonCalls, 3)
  await waitFor(() => others.every((e) => received.has(e.id)), { what: 'every other event' })
  assert.equal((await publisher.deadLetters('worker')).length, 1, 'only the poison is dead')
})

test('when the broker is unreachable at start-up, then the bus keeps trying, with one warning, and connects once it is reachable', async (t) => {
  const url = await needServer(t, 'amqp')
  if (!url) return
  const proxy = await tcpProxy(url)
  t.after(() => proxy.close())
  const space = await rabbitNamespace(t, url)
  proxy.refuse(true)
  const logs = logLines()
  const opening = space.open(proxy.url, { maxReconnectDelayMs: 100, log: logs.logger })
  await waitFor(() => logs.lines.some((line) => line.message === 'could not connect to RabbitMQ; still trying'), { what: 'the refused attempts' })
  proxy.refuse(false)
  const bus = await opening
  await bus.ping()
  assert.deepEqual(logs.lines.map((line) => [line.level, line.message]), [
    ['warn', 'could not connect to RabbitMQ; still trying'],
    ['info', 'RabbitMQ connected'],
  ])
})

test('when the broker stays unreachable at start-up past the connect timeout, then creating the bus rejects with a clear message', async (t) => {
  const url = await needServer(t, 'amqp')
  if (!url) return
  const proxy = await tcpProxy(url)
  t.after(() => proxy.close())
  proxy.refuse(true)
  const space = await rabbitNamespace(t, url)
  await assert.rejects(space.open(proxy.url, { connectTimeoutMs: 300, maxReconnectDelayMs: 50 }),
    /^Error: could not connect to RabbitMQ at 127\.0\.0\.1:\d+ within 0\.3 s \(/)
})

test('when a channel dies (its exchange was deleted), then the bus re-declares its topology and delivers again', async (t) => {
  const url = await needServer(t, 'amqp')
  if (!url) return
  const space = await rabbitNamespace(t, url)
  const bus = await space.open()
  const received: EventEnvelope[] = []
  await bus.subscribe('rebuilt', ['parcel.packed'], async (e) => { received.push(e) })
  const channel = await space.admin.createChannel()
  await channel.deleteExchange(exchangeName(space.prefix))
  await channel.close()

  await assert.rejects(bus.publish(event('parcel.packed', { n: 1 })))
  await waitFor(() => bus.publish(event('parcel.packed', { n: 2 })).then(() => true, () => false), { what: 'a publish after recovery' })
  await waitFor(() => received.length >= 1, { what: 'the event after recovery' })
  assert.deepEqual(received.map((e) => e.data), [{ n: 2 }])
})

test('when a message is not JSON, then it is dead-lettered at once and shown as it came', async (t) => {
  const url = await needServer(t, 'amqp')
  if (!url) return
  const space = await rabbitNamespace(t, url)
  const bus = await space.open()
  let calls = 0
  await bus.subscribe('strict', ['parcel.packed'], async () => { calls++ })
  const channel = await space.admin.createConfirmChannel()
  channel.publish(exchangeName(space.prefix), 'parcel.packed', Buffer.from('not json'), { messageId: 'm-1', type: 'parcel.packed' })
  await channel.waitForConfirms()
  await channel.close()

  const dead = await waitFor(async () => (await bus.deadLetters('strict')).at(0), { what: 'the dead letter' })
  assert.equal(calls, 0)
  assert.equal(dead.attempts, 1)
  assert.match(dead.error, /JSON/)
  assert.deepEqual([dead.event.id, dead.event.type, dead.event.data], ['m-1', 'parcel.packed', 'not json'])
})

test('when a message is JSON but no event envelope, then it is dead-lettered at once and the consumer goes on', async (t) => {
  const url = await needServer(t, 'amqp')
  if (!url) return
  const space = await rabbitNamespace(t, url)
  const bus = await space.open()
  const handled: string[] = []
  await bus.subscribe('strict', ['parcel.packed'], async (received) => { handled.push(received.id) })
  const channel = await space.admin.createConfirmChannel()
  for (const [id, body] of [['m-null', 'null'], ['m-number', '42'], ['m-no-type', '{"id":"x"}']] as const) {
    channel.publish(exchangeName(space.prefix), 'parcel.packed', Buffer.from(body), { messageId: id, type: 'parcel.packed' })
  }
  await channel.waitForConfirms()
  await channel.close()
  const good = event('parcel.packed')
  await bus.publish(good)

  const dead = await waitFor(async () => {
    const letters = await bus.deadLetters('strict')
    return letters.length === 3 ? letters : undefined
  }, { what: 'three dead letters' })
  assert.deepEqual(dead.map((letter) => letter.event.id).sort(), ['m-no-type', 'm-null', 'm-number'])
  assert.ok(dead.every((letter) => /not an event envelope/.test(letter.error)))
  await waitFor(() => handled.includes(good.id), { what: 'the good event, after the bad ones' })
  assert.deepEqual(handled, [good.id])
})

test('when no handler of the process takes a message its queue got, then it is retried and then dead-lettered, never dropped', async (t) => {
  const url = await needServer(t, 'amqp')
  if (!url) return
  const space = await rabbitNamespace(t, url)
  const bus = await space.open()
  await bus.subscribe('jobs', ['job.queued'], async () => {})
  const orphan = event('parcel.packed')
  await bus.publish(orphan)
  const dead = await waitFor(async () => (await bus.deadLettersOf('app')).at(0), { what: 'the dead letter' })
  assert.deepEqual([dead.event.id, dead.consumer, dead.attempts], [orphan.id, '', 5])
  assert.match(dead.error, /no consumer in this process takes parcel\.packed/)
})

import assert from 'node:assert/strict'
import { test } from 'node:test'
import { needServer, waitFor } from '@bazaar/kit/testing'
import type { EventEnvelope } from '../../src/bus/envelope.ts'
import { busSuite, event } from './bus-suite.ts'
import { rabbitNamespace } from './rabbit-namespace.ts'
import { tcpProxy } from '@bazaar/kit/testing'

busSuite('RabbitMQ', async (t) => {
  const url = await needServer(t, 'amqp')
  if (!url) return undefined
  const space = await rabbitNamespace(t, url)
  return () => space.open()
})

test('when publish resolves, then the broker already holds the event', async (t) => {
  const url = await needServer(t, 'amqp')
  if (!url) return
  const space = await rabbitNamespace(t, url)
  const consumerSide = await space.open()
  await consumerSide.subscribe('holder', ['order.held'], async () => {})
  await consumerSide.close()
  const publisher = await space.open()
  await publisher.publish(event('order.held'))
  const channel = await space.admin.createChannel()
  const { messageCount } = await channel.checkQueue(`${space.prefix}holder`)
  await channel.close()
  assert.equal(messageCount, 1)
})

test('when the connection drops, then publish rejects at once and the bus reconnects and resubscribes', async (t) => {
  const url = await needServer(t, 'amqp')
  if (!url) return
  const proxy = await tcpProxy(url)
  t.after(() => proxy.close())
  const space = await rabbitNamespace(t, url)
  const bus = await space.open(proxy.url, { maxReconnectDelayMs: 200 })
  const received: EventEnvelope[] = []
  await bus.subscribe('survivor', ['order.created'], async (e) => { received.push(e) })
  await bus.publish(event('order.created', { n: 1 }))
  await waitFor(() => received.length === 1, { what: 'the first event' })

  proxy.refuse(true)
  proxy.drop()
  await waitFor(() => bus.ping().then(() => false, () => true), { what: 'ping to notice the drop' })
  const started = performance.now()
  await assert.rejects(bus.publish(event('order.created', { n: 2 })), /not connected/)
  assert.ok(performance.now() - started < 250, 'publish while disconnected fails fast')

  proxy.refuse(false)
  await waitFor(() => bus.ping().then(() => true, () => false), { what: 'the reconnect' })
  const after = event('order.created', { n: 3 })
  await bus.publish(after)
  await waitFor(() => received.some((e) => e.id === after.id), { what: 'the event after the reconnect' })
  // At least once: an ack still in flight at the drop makes the broker deliver the first event again.
  assert.deepEqual([...new Set(received.map((e) => JSON.stringify(e.data)))], ['{"n":1}', '{"n":3}'])
})

test('when a channel dies (its exchange was deleted), then the bus re-declares its topology and delivers again', async (t) => {
  const url = await needServer(t, 'amqp')
  if (!url) return
  const space = await rabbitNamespace(t, url)
  const bus = await space.open()
  const received: EventEnvelope[] = []
  await bus.subscribe('rebuilt', ['order.created'], async (e) => { received.push(e) })
  const channel = await space.admin.createChannel()
  await channel.deleteExchange(`${space.prefix}bazaar.events`)
  await channel.close()

  await assert.rejects(bus.publish(event('order.created', { n: 1 })))
  await waitFor(() => bus.publish(event('order.created', { n: 2 })).then(() => true, () => false), { what: 'a publish after recovery' })
  await waitFor(() => received.length >= 1, { what: 'the event after recovery' })
  assert.deepEqual(received.map((e) => e.data), [{ n: 2 }])
})

test('when a message is not JSON, then it is dead-lettered at once and shown as it came', async (t) => {
  const url = await needServer(t, 'amqp')
  if (!url) return
  const space = await rabbitNamespace(t, url)
  const bus = await space.open()
  let calls = 0
  await bus.subscribe('strict', ['order.created'], async () => { calls++ })
  const channel = await space.admin.createConfirmChannel()
  channel.publish(`${space.prefix}bazaar.events`, 'order.created', Buffer.from('not json'), { messageId: 'm-1', type: 'order.created' })
  await channel.waitForConfirms()
  await channel.close()

  const dead = await waitFor(async () => (await bus.deadLetters('strict')).at(0), { what: 'the dead letter' })
  assert.equal(calls, 0)
  assert.equal(dead.attempts, 1)
  assert.match(dead.error, /JSON/)
  assert.deepEqual([dead.event.id, dead.event.type, dead.event.data], ['m-1', 'order.created', 'not json'])
})

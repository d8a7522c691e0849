import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { test, type TestContext } from 'node:test'
import { promisify } from 'node:util'
import { PaymentSucceeded } from '@bazaar/contracts'
import { consumingServices, createRabbitBus, deleteRabbitTopology, envelope, type EventEnvelope, type RabbitBus } from '@bazaar/kit'
import { freePort, needServer, waitFor } from '@bazaar/kit/testing'
import { consumedEvents, loadTopology } from '@bazaar/topology'

const bin = new URL('../bin/bazaar.ts', import.meta.url).pathname
const root = new URL('../../../', import.meta.url).pathname
const topology = await loadTopology(`${root}topology.yaml`)
const queues = consumedEvents(topology)
const consuming = consumingServices(queues)

async function bazaar(env: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, ...env } })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

/**
 * A prefix of the test's own; after the test the buses put in `opened` are closed, then every
 * queue of the topology under the prefix and its exchange are deleted (in that order: a live bus
 * would declare its queues again as they go).
 */
function ownPrefix(t: TestContext, url: string): { prefix: string; opened: RabbitBus[] } {
  const prefix = `test.cli.${randomBytes(4).toString('hex')}.`
  const opened: RabbitBus[] = []
  t.after(async () => {
    for (const bus of opened) await bus.close()
    await deleteRabbitTopology(url, { prefix, queues })
  })
  return { prefix, opened }
}

test('when payments failed in orders, then dlq list shows each queue\'s depth and the letters, and replay hands them back to the consumer', async (t) => {
  const url = await needServer(t, 'amqp')
  if (!url) return
  const { prefix, opened } = ownPrefix(t, url)
  const orders = await createRabbitBus(url, { queues, queue: 'orders', prefix, redeliveryDelayMs: 20 })
  opened.push(orders)
  let fixed = false
  const handled: EventEnvelope[] = []
  await orders.subscribe('orders.payments', [PaymentSucceeded.type], async (event) => {
    if (!fixed) throw new Error('orders database away')
    handled.push(event)
  }, { maxAttempts: 1 })
  const sent = [1, 2].map((n) => envelope('payments', { type: PaymentSucceeded.type, data: { order_id: `o-${n}` } }))
  for (const event of sent) await orders.publish(event)
  await waitFor(async () => (await orders.deadLetters('orders.payments')).length === 2, { what: 'two dead letters' })

  const env = { AMQP_URL: url }
  const depths = await bazaar(env, 'dlq', 'list', '--prefix', prefix, '--topology', 'topology.yaml')
  assert.equal(depths.code, 0, depths.stderr)
  const lines = depths.stdout.trim().split('\n')
  assert.match(lines[0] ?? '', /^queue\s+dead letters$/)
  assert.deepEqual(lines.slice(1).map((line) => line.split(/\s+/)).sort(),
    consuming.map((service) => [`${prefix}${service}.dlq`, service === 'orders' ? '2' : '0']).sort())

  const letters = await bazaar(env, 'dlq', 'list', 'orders', '--prefix', prefix)
  assert.equal(letters.code, 0, letters.stderr)
  const [title, header, ...rows] = letters.stdout.trim().split('\n')
  assert.equal(title, `${prefix}orders.dlq: 2 dead letters`)
  assert.match(header ?? '', /^event id\s+type\s+consumer\s+attempts\s+failed at\s+error$/)
  assert.deepEqual(rows.map((row) => row.split(/\s{2,}/)).map(([id, type, consumer, attempts, failedAt, error]) => {
    assert.ok(!Number.isNaN(Date.parse(failedAt ?? '')), `a time: ${failedAt}`)
    return [id, type, consumer, attempts, error]
  }).sort(), sent.map((event) => [event.id, PaymentSucceeded.type, 'orders.payments', '1', 'orders database away']).sort())

  fixed = true
  const replay = await bazaar(env, 'dlq', 'replay', `${prefix}orders.dlq`, '--prefix', prefix)
  assert.equal(replay.code, 0, replay.stderr)
  assert.equal(replay.stdout.trim(), `replayed 2 dead letters from ${prefix}orders.dlq onto ${prefix}orders`)
  await waitFor(() => handled.length === 2, { what: 'the replayed events' })
  assert.deepEqual(handled.map((event) => event.id).sort(), sent.map((event) => event.id).sort())
  const after = await bazaar(env, 'dlq', 'list', 'orders', '--prefix', prefix)
  assert.equal(after.stdout.trim(), `${prefix}orders.dlq: no dead letters`)
})

test('when dlq looks at a prefix nobody uses, then it shows empty queues and creates none', async (t) => {
  const url = await needServer(t, 'amqp')
  if (!url) return
  const { prefix } = ownPrefix(t, url)
  const depths = await bazaar({ AMQP_URL: url }, 'dlq', 'list', '--prefix', prefix)
  assert.equal(depths.code, 0, depths.stderr)
  assert.ok(depths.stdout.trim().split('\n').slice(1).every((line) => / 0$/.test(line)), depths.stdout)
  // Declaring starts with the exchange: if it is not there, nothing of that prefix was declared.
  const bus = await createRabbitBus(url, { queues, prefix, declare: false })
  try {
    await assert.rejects(bus.ping())
  } finally {
    await bus.close()
  }
})

test('when the queue is not in the topology, then dlq says which queues there are and exits 1', async () => {
  const { code, stderr } = await bazaar({}, 'dlq', 'replay', 'ratings')
  assert.equal(code, 1)
  assert.match(stderr, /^bazaar dlq: no queue "ratings" in the topology; the queues are catalog, inventory, cart, orders, payments, shipping, notifications, dispatch\n$/)
})

test('when the broker is unreachable, then dlq says where it looked and exits 1', async () => {
  const port = await freePort()
  const { code, stderr } = await bazaar({ AMQP_URL: `amqp://guest:guest@127.0.0.1:${port}` }, 'dlq', 'list')
  assert.equal(code, 1)
  assert.match(stderr, new RegExp(`^bazaar dlq: could not connect to RabbitMQ at 127\\.0\\.0\\.1:${port} within 5 s \\(.*ECONNREFUSED.*\\)\\n$`))
})

test('when dlq is run without an action, then it says what it expects and exits 1', async () => {
  const { code, stderr } = await bazaar({}, 'dlq')
  assert.equal(code, 1)
  assert.match(stderr, /expected `list \[queue\]` or `replay <queue>`/)
})

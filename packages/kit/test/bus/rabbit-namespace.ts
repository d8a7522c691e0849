import { randomBytes } from 'node:crypto'
import { after, type TestContext } from 'node:test'
import { connect, type ChannelModel } from 'amqplib'
import { createRabbitBus, type RabbitBus, type RabbitBusOptions } from '../../src/bus/rabbitmq.ts'
import { deleteTopology, exchangeName, type QueueBindings } from '../../src/bus/rabbit-topology.ts'

const filePrefix = `test.${randomBytes(4).toString('hex')}.`
let tests = 0
let admin: ChannelModel | undefined

after(() => admin?.close())

/** The topology the shared tests run on: one service, `app`, consuming what they publish. */
export const appQueues: QueueBindings = { app: ['parcel.*', 'job.queued', 'stock.counted'] }

/**
 * RabbitMQ buses on a prefix of the test's own, by default as replicas of `app`. The exchange
 * and every queue of the topologies they were opened with are deleted after the test.
 */
export async function rabbitNamespace(t: TestContext, url: string) {
  const prefix = `${filePrefix}${++tests}.`
  const declared: Record<string, readonly string[]> = {}
  const buses: RabbitBus[] = []
  admin ??= await connect(url)
  const connection = admin
  t.after(async () => {
    await Promise.allSettled(buses.map((bus) => bus.close()))
    const channel = await connection.createChannel()
    await deleteTopology(channel, exchangeName(prefix), prefix, declared)
    await channel.close()
  })
  return {
    prefix,
    admin: connection,
    async open(busUrl = url, options: RabbitBusOptions = {}): Promise<RabbitBus> {
      const settings: RabbitBusOptions = { queues: appQueues, queue: 'app', prefix, redeliveryDelayMs: 20, ...options }
      Object.assign(declared, settings.queues)
      const bus = await createRabbitBus(busUrl, settings)
      buses.push(bus)
      return bus
    },
  }
}

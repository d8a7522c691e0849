import { randomBytes } from 'node:crypto'
import { after, type TestContext } from 'node:test'
import { connect, type ChannelModel } from 'amqplib'
import type { Bus } from '../../src/bus/bus.ts'
import { createRabbitBus, type RabbitBusOptions } from '../../src/bus/rabbitmq.ts'

const filePrefix = `test.${randomBytes(4).toString('hex')}.`
let tests = 0
let admin: ChannelModel | undefined

after(() => admin?.close())

/**
 * RabbitMQ buses on a prefix of the test's own. Every exchange and queue they declare is
 * deleted after the test; queue names are recorded as the test subscribes.
 */
export async function rabbitNamespace(t: TestContext, url: string) {
  const prefix = `${filePrefix}${++tests}.`
  const consumers = new Set<string>()
  const buses: Bus[] = []
  admin ??= await connect(url)
  const connection = admin
  t.after(async () => {
    await Promise.allSettled(buses.map((bus) => bus.close()))
    const channel = await connection.createChannel()
    for (const consumer of consumers) {
      for (const suffix of ['', '.retry', '.dlq']) await channel.deleteQueue(`${prefix}${consumer}${suffix}`)
    }
    await channel.deleteExchange(`${prefix}bazaar.events`)
    await channel.close()
  })
  return {
    prefix,
    admin: connection,
    async open(busUrl = url, options: RabbitBusOptions = {}): Promise<Bus> {
      const bus = await createRabbitBus(busUrl, { prefix, retryDelayMs: 20, ...options })
      buses.push(bus)
      return {
        ...bus,
        subscribe(consumer, types, handler, subscribeOptions) {
          consumers.add(consumer)
          return bus.subscribe(consumer, types, handler, subscribeOptions)
        },
      }
    },
  }
}

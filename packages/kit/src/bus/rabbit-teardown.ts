import { connect } from 'amqplib'
import { defaultExchange } from './rabbitmq.ts'
import { deleteTopology, type QueueBindings } from './rabbit-topology.ts'

/** Deletes the exchange and every queue a platform's buses declared under `prefix` on the broker at `url`. */
export async function deleteRabbitTopology(url: string, options: { prefix: string; queues: QueueBindings; exchange?: string }): Promise<void> {
  const connection = await connect(url)
  try {
    const channel = await connection.createChannel()
    await deleteTopology(channel, `${options.prefix}${options.exchange ?? defaultExchange}`, options.prefix, options.queues)
  } finally {
    await connection.close()
  }
}

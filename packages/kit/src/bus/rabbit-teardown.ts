import { connect } from 'amqplib'
import { deleteTopology, exchangeName, type QueueBindings } from './rabbit-topology.ts'

/** Deletes the exchange and every queue a platform's buses declared under `prefix` on the broker at `url`. */
export async function deleteRabbitTopology(url: string, options: { prefix: string; queues: QueueBindings; exchange?: string }): Promise<void> {
  const connection = await connect(url)
  try {
    const channel = await connection.createChannel()
    await deleteTopology(channel, exchangeName(options.prefix, options.exchange), options.prefix, options.queues)
  } finally {
    await connection.close()
  }
}

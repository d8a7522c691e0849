import { parseArgs } from 'node:util'
import { baseConfig, consumingServices, createRabbitBus, loadConfig, queueNames, type DeadLetter } from '@bazaar/kit'
import { consumedEvents, loadTopology } from '@bazaar/topology'
import type { Command } from './command.ts'

/** A CLI waits less for the broker than a service starting up does. */
const connectTimeoutMs = 5_000

export const dlqCommand: Command = {
  summary: 'List and replay the dead letters on RabbitMQ (distributed mode).',
  usage: [
    'bazaar dlq list [queue] [--topology FILE] [--prefix PREFIX]',
    '       bazaar dlq replay <queue> [--topology FILE] [--prefix PREFIX]',
    '',
    '  list          every dead-letter queue with its depth; with a queue, each of its letters',
    '  replay        moves a queue\'s dead letters back onto it and says how many',
    '  queue         the service whose queue it is (orders), as the topology names it',
    '  --topology    the topology whose queues to use (default: TOPOLOGY_FILE, else topology.yaml)',
    '  --prefix      the prefix of the exchange and queues (default: AMQP_PREFIX)',
    '',
    'The broker is at AMQP_URL (default amqp://guest:guest@127.0.0.1:5672).',
  ].join('\n'),
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { topology: { type: 'string' }, prefix: { type: 'string' } },
    })
    const settings = loadConfig({ AMQP_URL: baseConfig.AMQP_URL, AMQP_PREFIX: baseConfig.AMQP_PREFIX, TOPOLOGY_FILE: baseConfig.TOPOLOGY_FILE })
    const [action, named] = positionals
    if (action !== 'list' && action !== 'replay') throw new Error('expected `list [queue]` or `replay <queue>`')
    if (action === 'replay' && named === undefined) throw new Error('name the queue to replay, e.g. `bazaar dlq replay orders`')
    const prefix = values.prefix ?? settings.AMQP_PREFIX
    const queues = consumedEvents(await loadTopology(values.topology ?? settings.TOPOLOGY_FILE))
    const service = named === undefined ? undefined : serviceOf(named, prefix, queues)

    const bus = await createRabbitBus(settings.AMQP_URL, { queues, prefix, connectTimeoutMs, declare: false })
    try {
      if (service === undefined) {
        const depths = await bus.deadLetterQueues()
        console.log(table([['queue', 'dead letters'], ...depths.map((queue) => [queue.dlq, String(queue.depth)])]))
      } else if (action === 'list') {
        const letters = await bus.deadLettersOf(service)
        const { dlq } = queueNames(prefix, service)
        console.log(letters.length === 0 ? `${dlq}: no dead letters` : `${dlq}: ${count(letters.length)}\n${letterTable(letters)}`)
      } else {
        const replayed = await bus.replayDeadLettersOf(service)
        const { queue, dlq } = queueNames(prefix, service)
        console.log(`replayed ${count(replayed)} from ${dlq} onto ${queue}`)
      }
    } finally {
      await bus.close()
    }
    return 0
  },
}

/** The service a queue name means: `orders`, or as RabbitMQ shows it (`<prefix>orders`, `<prefix>orders.dlq`). */
function serviceOf(named: string, prefix: string, queues: Record<string, string[]>): string {
  const known = consumingServices(queues)
  const service = known.find((candidate) => {
    const { queue, dlq } = queueNames(prefix, candidate)
    return [candidate, queue, dlq, queueNames('', candidate).dlq].includes(named)
  })
  if (service === undefined) throw new Error(`no queue "${named}" in the topology; the queues are ${known.join(', ')}`)
  return service
}

function count(n: number): string {
  return `${n} dead letter${n === 1 ? '' : 's'}`
}

function letterTable(letters: DeadLetter[]): string {
  const rows = letters.map((letter) => [
    letter.event.id,
    letter.event.type,
    letter.consumer || '-',
    String(letter.attempts),
    letter.failedAt,
    letter.error.replace(/\s+/g, ' '),
  ])
  return table([['event id', 'type', 'consumer', 'attempts', 'failed at', 'error'], ...rows])
}

/** Columns padded to their widest cell. */
function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? []
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()).join('\n')
}

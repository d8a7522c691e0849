import { connect, type ChannelModel, type RecoveringChannelModel } from 'amqplib'
import type { Logger } from 'pino'
import { outageWatch } from '../outage.ts'
import { withTimeout } from '../timeout.ts'

export type OutageLog = ReturnType<typeof outageLog>

export interface RecoveringConnectionOptions {
  /** Runs on every new connection before it is used: declares, opens channels, consumes. */
  setup: (model: ChannelModel) => Promise<void>
  outage: OutageLog
  maxReconnectDelayMs: number
  /** How long the first connection is tried for before start-up gives up. */
  connectTimeoutMs: number
}

/**
 * Tells an outage once: one warning when the broker is lost (or unreachable at start), one info
 * line when it is back, however many attempts it took in between.
 */
export function outageLog(log: Logger | undefined, url: string) {
  const broker = new URL(url).host
  let connectedOnce = false
  let cause: Error | undefined
  const outage = outageWatch({
    started: () => {
      if (connectedOnce) log?.warn({ broker, err: cause }, 'RabbitMQ connection lost; reconnecting until it is back')
      else log?.warn({ broker, err: cause }, 'could not connect to RabbitMQ; still trying')
    },
    // Only an outage after a first connection ends in "back"; one at start ends in "connected".
    ended: (outageMs) => {
      if (connectedOnce) log?.info({ broker, outage_ms: outageMs }, 'RabbitMQ connection back')
    },
  })
  return {
    broker,
    /** Records why the connection is about to be recycled, for the outage's one warning. */
    troubled(error: Error) {
      cause ??= error
    },
    lost(error: Error) {
      cause ??= error
      outage.failed(cause)
    },
    connected() {
      outage.succeeded()
      if (!connectedOnce) log?.info({ broker }, 'RabbitMQ connected')
      connectedOnce = true
      cause = undefined
    },
    lastError: () => cause,
  }
}

/**
 * A connection that reconnects forever with capped, jittered backoff (amqplib's recovery) once
 * it has connected. The first connection is tried for `connectTimeoutMs`; then this rejects, so
 * that a supervisor restarts the process rather than it waiting unseen.
 */
export async function connectRecovering(url: string, options: RecoveringConnectionOptions): Promise<RecoveringChannelModel> {
  const { outage } = options
  const model = await connect(url, {
    // A broker that accepts TCP and never answers must fail the attempt too.
    timeout: 10_000,
    recovery: { initialDelay: 100, maxDelay: options.maxReconnectDelayMs, setup: options.setup, waitForConnect: false },
  })
  model.on('error', (error: Error) => outage.troubled(error))
  model.on('connect-failed', (error: Error) => outage.lost(error))
  model.on('disconnect', (error: Error) => outage.lost(error))
  model.on('connect', () => outage.connected())

  const seconds = Math.round(options.connectTimeoutMs / 100) / 10
  try {
    await withTimeout(model.waitForConnect(), options.connectTimeoutMs, () => {
      const last = outage.lastError()
      return `could not connect to RabbitMQ at ${outage.broker} within ${seconds} s${last ? ` (${last.message})` : ''}`
    })
  } catch (error) {
    await model.close()
    throw error
  }
  return model
}

import type { EventEnvelope } from './envelope.ts'

export type EventHandler = (event: EventEnvelope) => Promise<void>

export interface SubscribeOptions {
  /** Deliveries of one message before it goes to the dead-letter queue. */
  maxAttempts?: number
}

export interface DeadLetter {
  event: EventEnvelope
  consumer: string
  attempts: number
  error: string
  failedAt: string
}

/** How far behind a queue this client takes messages from is: consumer lag and dead letters. */
export interface QueueDepth {
  /** A consumer (embedded) or the service's queue its consumers share (RabbitMQ). */
  queue: string
  /** Messages no handler holds now: not yet delivered, or waiting to be retried. */
  waiting: number
  deadLetters: number
}

/**
 * Publish/subscribe with at-least-once delivery. Each consumer gets every event of its types;
 * replicas of a service compete for them, so each event is handled once per consumer.
 */
export interface Bus {
  /** Resolves once the broker holds the event (publisher confirm); rejects otherwise. */
  publish(event: EventEnvelope): Promise<void>
  /**
   * `handler` resolving acknowledges the message; throwing redelivers it, and after
   * `maxAttempts` deliveries it goes to the consumer's dead-letter queue.
   * `types` are exact event types or patterns ending in `.*` (`order.*`).
   */
  subscribe(consumer: string, types: readonly string[], handler: EventHandler, options?: SubscribeOptions): Promise<void>
  deadLetters(consumer: string): Promise<DeadLetter[]>
  /** Puts every dead letter of `consumer` back on its queue; answers how many. */
  replayDeadLetters(consumer: string): Promise<number>
  /** The queues this client's consumers take messages from, for metrics. */
  depths(): Promise<QueueDepth[]>
  ping(): Promise<void>
  close(): Promise<void>
}

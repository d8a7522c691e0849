import type { Message, Recipient } from './notification.ts'

/** A rendered message on its way out, with the address it goes to. */
export interface Outgoing extends Message {
  to: Recipient
}

/** Sends messages; throwing means "not sent" and the event is delivered again. */
export interface Transport {
  send(message: Outgoing): Promise<void>
  close(): Promise<void>
}

import { createHash } from 'node:crypto'

export const channels = ['email', 'sms'] as const
export type Channel = (typeof channels)[number]

/** Who a message goes to. */
export interface Recipient {
  userId: string
  email: string
  name: string | null
}

/** One message about one event on one channel, as rendered, before and after it is sent. */
export interface Message {
  notificationId: string
  userId: string
  eventId: string
  eventType: string
  channel: Channel
  /** Template name; the event type it renders. */
  template: string
  /** Email only. */
  subject: string | null
  text: string
}

/** A stored notification, as its owner lists it. */
export interface Notification {
  notificationId: string
  eventType: string
  channel: Channel
  subject: string | null
  text: string
  createdAt: Date
}

// The namespace of Bazaar's notification ids (a fixed random UUID).
const namespace = Buffer.from('3f1c9a4e7b2d4c5e8a9f0b1c2d3e4f50', 'hex')

/**
 * A name-based UUID (RFC 9562 version 5) of the event and channel: a message sent again after a
 * crash carries the id it was logged with the first time, and the stored row has that id too.
 */
export function notificationId(eventId: string, channel: Channel): string {
  const bytes = createHash('sha1').update(namespace).update(`${eventId}/${channel}`).digest().subarray(0, 16)
  bytes[6] = (bytes[6]! & 0x0f) | 0x50
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

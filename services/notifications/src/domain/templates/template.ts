import type { TObject, TString } from 'typebox'
import type { EventContract } from '@bazaar/contracts'
import { fromMinor, type EventEnvelope } from '@bazaar/kit'
import type { Recipient } from '../notification.ts'

/** What a template makes of one event for one recipient. */
export interface Rendered {
  email: { subject: string; text: string }
  /** At most 160 characters: one SMS segment. */
  sms: string
}

/** The events a customer hears about: each names the user it is about. */
export type CustomerEvent = EventContract<string, TObject<{ user_id: TString }>>

/** One per event contract, in a module of its own. */
export interface Template {
  /** The contract of the events it renders; its type is also the template's name. */
  contract: CustomerEvent
  render(event: EventEnvelope, to: Recipient): Rendered
  /** Events that carry their recipient (UserRegistered) need no user lookup. */
  recipient?(event: EventEnvelope): Recipient
}

export const smsLimit = 160

/** `59.98 USD`: amounts travel in minor units. */
export function money(minor: number, currency: string): string {
  return `${fromMinor(minor).toFixed(2)} ${currency}`
}

/** The email's body: a greeting, the paragraphs, a sign-off. */
export function emailText(to: Recipient, ...paragraphs: string[]): string {
  return [`Hello ${to.name ?? 'there'},`, ...paragraphs, 'Thank you for shopping at Bazaar.'].join('\n\n')
}

/** Cut to one SMS segment; the facts come first in every template, so a cut loses only courtesy. */
export function sms(text: string): string {
  const full = `Bazaar: ${text}`
  return full.length <= smsLimit ? full : `${full.slice(0, smsLimit - 1)}…`
}

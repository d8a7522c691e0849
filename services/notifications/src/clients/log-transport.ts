import type { Logger } from '@bazaar/kit'
import type { Outgoing, Transport } from '../domain/transport.ts'

/** What a log line may say about a message: never its address nor its body (personal data). */
export function sentFields(message: Outgoing): Record<string, string> {
  return { notification_id: message.notificationId, channel: message.channel, template: message.template }
}

/** The default transport: one info line per message, as if it had been sent. */
export function logTransport(log: Logger): Transport {
  return {
    async send(message) {
      log.info({ ...sentFields(message), transport: 'log' }, 'notification sent')
    },
    async close() {},
  }
}

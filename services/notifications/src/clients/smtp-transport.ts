import type { SendMailOptions, Transporter } from 'nodemailer'
import type { Logger } from '@bazaar/kit'
import { sentFields } from './log-transport.ts'
import type { Outgoing, Transport } from '../domain/transport.ts'

/** The email of a message; the notification id travels as a header, so a bounce can be traced back. */
export function emailOf(message: Outgoing, from: string): SendMailOptions {
  return {
    from,
    to: { name: message.to.name ?? '', address: message.to.email },
    subject: message.subject ?? '',
    text: message.text,
    headers: { 'X-Bazaar-Notification-Id': message.notificationId },
  }
}

/** Email through nodemailer (SMTP in production); other channels are not its business. */
export function smtpTransport(transporter: Transporter, from: string, log: Logger): Transport {
  return {
    async send(message) {
      if (message.channel !== 'email') throw new Error(`the SMTP transport sends email, not ${message.channel}`)
      await transporter.sendMail(emailOf(message, from))
      log.info({ ...sentFields(message), transport: 'smtp' }, 'notification sent')
    },
    async close() {
      transporter.close()
    },
  }
}

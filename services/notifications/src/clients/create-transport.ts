import nodemailer from 'nodemailer'
import type { Logger } from '@bazaar/kit'
import { logTransport } from './log-transport.ts'
import { smtpTransport } from './smtp-transport.ts'
import type { Transport } from '../domain/transport.ts'

export interface TransportSettings {
  /** Empty: every message is only logged. */
  smtpUrl: string
  from: string
  log: Logger
}

/** Email through SMTP when a server is configured; SMS (no provider) and everything else to the log. */
export function createTransport(settings: TransportSettings): Transport {
  const logged = logTransport(settings.log)
  if (settings.smtpUrl === '') return logged
  const email = smtpTransport(nodemailer.createTransport(settings.smtpUrl), settings.from, settings.log)
  return {
    send: (message) => (message.channel === 'email' ? email.send(message) : logged.send(message)),
    async close() {
      await email.close()
    },
  }
}

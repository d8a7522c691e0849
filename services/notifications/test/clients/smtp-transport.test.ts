import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import nodemailer from 'nodemailer'
import { createLogger } from '@bazaar/kit'
import { smtpTransport } from '../../src/clients/smtp-transport.ts'
import { outgoing } from '../support/messages.ts'

const from = 'Bazaar <no-reply@bazaar.local>'

/**
 * A real nodemailer transporter that builds each message as an SMTP server would receive it
 * and keeps it in memory instead of sending it.
 */
function bufferingTransporter() {
  const built: string[] = []
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true })
  // The 'stream' plugin step sees each message once nodemailer composed it, before the transport.
  transporter.use('stream', (mail, done) => {
    mail.message.build().then((raw: Buffer) => { built.push(raw.toString('utf8')); done() }, done)
  })
  return { transporter, built }
}

function logLines() {
  const lines: string[] = []
  return { lines, log: createLogger('notifications', 'info', { write: (line: string) => { lines.push(line) } }) }
}

describe('the SMTP transport', () => {
  it('when an email is sent, then the message carries the sender, the named recipient, the subject, the text and the notification id', async () => {
    const { transporter, built } = bufferingTransporter()
    const { lines, log } = logLines()
    const transport = smtpTransport(transporter, from, log)
    const message = outgoing('email')
    await transport.send(message)
    assert.equal(built.length, 1)
    const raw = built[0]!
    assert.match(raw, /^From: Bazaar <no-reply@bazaar\.local>\r$/m)
    assert.match(raw, /^To: Ada Lovelace <ada@example\.com>\r$/m)
    assert.match(raw, /^Subject: Order 42 has shipped\r$/m)
    assert.match(raw, new RegExp(`^X-Bazaar-Notification-Id: ${message.notificationId}\r$`, 'mi'))
    assert.ok(raw.endsWith(`\r\n\r\n${message.text}\r\n`), 'the body is the text')
    assert.equal(lines.length, 1)
    const entry = JSON.parse(lines[0]!) as Record<string, unknown>
    assert.deepEqual([entry.notification_id, entry.channel, entry.transport], [message.notificationId, 'email', 'smtp'])
    assert.ok(!lines[0]!.includes('ada@example.com') && !lines[0]!.includes(message.text), 'the log line holds no address and no body')
    await transport.close()
  })

  it('when it is given an SMS, then it refuses: SMS stays with the log transport', async () => {
    const { transporter, built } = bufferingTransporter()
    const transport = smtpTransport(transporter, from, createLogger('notifications', 'silent'))
    await assert.rejects(transport.send(outgoing('sms')), /sends email, not sms/)
    assert.equal(built.length, 0)
  })
})

import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { OrderShipped } from '@bazaar/contracts'
import { createLogger } from '@bazaar/kit'
import { logTransport } from '../../src/clients/log-transport.ts'
import { outgoing } from '../support/messages.ts'

describe('the log transport', () => {
  it('when a message is sent, then one info line names its id, channel and template, and never its address or body', async () => {
    const lines: string[] = []
    const log = createLogger('notifications', 'info', { write: (line: string) => { lines.push(line) } })
    const message = outgoing('email')
    await logTransport(log).send(message)
    assert.equal(lines.length, 1)
    const entry = JSON.parse(lines[0]!) as Record<string, unknown>
    assert.equal(entry.level, 'info')
    assert.equal(entry.notification_id, message.notificationId)
    assert.equal(entry.channel, 'email')
    assert.equal(entry.template, OrderShipped.type)
    for (const secret of [message.to.email, message.to.name!, message.text, message.subject!]) {
      assert.ok(!lines[0]!.includes(secret), `the line does not hold "${secret}"`)
    }
  })
})

import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { notificationId } from '../../src/domain/notification.ts'

describe('notification ids', () => {
  it('when the same event is sent on the same channel again, then the id is the same; on another channel or event, it differs', () => {
    const id = notificationId('event-1', 'email')
    assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'a version 5 UUID')
    assert.equal(notificationId('event-1', 'email'), id)
    assert.notEqual(notificationId('event-1', 'sms'), id)
    assert.notEqual(notificationId('event-2', 'email'), id)
  })
})

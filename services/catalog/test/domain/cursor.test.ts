import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { AppError } from '@bazaar/kit'
import { decodeCursor, encodeCursor } from '../../src/domain/cursor.ts'

const isText = (key: unknown): key is string => typeof key === 'string'

describe('cursor', () => {
  it('when a cursor is encoded, then it is base64url text that decodes to the same position', () => {
    const text = encodeCursor({ sort: 'newest', key: '2025-01-02 03:04:05.123456+00', id: '42' })
    assert.match(text, /^[A-Za-z0-9_-]+$/)
    assert.deepEqual(decodeCursor(text, 'newest', isText), { sort: 'newest', key: '2025-01-02 03:04:05.123456+00', id: '42' })
  })

  it('when a cursor is garbage, of another sort, or has a key of the wrong shape, then VALIDATION_FAILED on query.cursor', () => {
    const priceCursor = encodeCursor({ sort: 'price_asc', key: '999', id: '1' })
    const bad = [
      'not base64 json',
      Buffer.from('{"a":1}').toString('base64url'),
      Buffer.from('["name","x","1; drop table products"]').toString('base64url'),
      encodeCursor({ sort: 'name', key: 5, id: '1' }),
    ]
    for (const text of [...bad, priceCursor]) {
      assert.throws(() => decodeCursor(text, 'name', isText), (error: unknown) =>
        error instanceof AppError && error.code === 'VALIDATION_FAILED' && error.fields?.[0]?.field === 'query.cursor')
    }
  })
})

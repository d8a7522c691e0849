import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { hashPassword, verifyPassword } from '../../src/domain/passwords.ts'

describe('passwords', () => {
  it('when a password is hashed, then the PHC-like string carries scrypt, its cost and a fresh salt', async () => {
    const [one, two] = await Promise.all([hashPassword('correct horse'), hashPassword('correct horse')])
    assert.match(one, /^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/)
    assert.notEqual(one, two, 'salted')
  })

  it('when verified, then only the same password matches; no hash or a malformed one never does', async () => {
    const stored = await hashPassword('correct horse')
    assert.equal(await verifyPassword('correct horse', stored), true)
    assert.equal(await verifyPassword('correct horsE', stored), false)
    assert.equal(await verifyPassword('correct horse', null), false)
    assert.equal(await verifyPassword('correct horse', 'md5$abc'), false)
  })
})

import assert from 'node:assert/strict'
import { test } from 'node:test'
import { canonicalJson, fingerprintOf } from '../../src/index.ts'

test('when a body is canonicalised, then key order and absent members do not matter, values do', () => {
  assert.equal(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null }, u: undefined }), '{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}')
  assert.equal(fingerprintOf('POST', '/orders', { user_id: '1', items: [] }), fingerprintOf('post', '/orders', { items: [], user_id: '1' }))
  assert.notEqual(fingerprintOf('POST', '/orders', { quantity: 1 }), fingerprintOf('POST', '/orders', { quantity: 2 }))
  assert.notEqual(fingerprintOf('POST', '/orders', { quantity: 1 }), fingerprintOf('POST', '/other', { quantity: 1 }))
  assert.notEqual(fingerprintOf('POST', '/orders', { userId: 1 }), fingerprintOf('POST', '/orders', { userId: '1' }))
})

test('when the parts are the same in any order, then the fingerprint is the same; any change alters it', () => {
  assert.equal(fingerprintOf('POST', '/payment', { a: 1, b: 'x' }), fingerprintOf('POST', '/payment', { b: 'x', a: 1 }))
  assert.notEqual(fingerprintOf('POST', '/payment', { a: 1, b: 'x' }), fingerprintOf('POST', '/payment', { a: 2, b: 'x' }))
  assert.notEqual(fingerprintOf('POST', '/payment', { a: null }), fingerprintOf('POST', '/payment', { a: 'null' }))
})

import assert from 'node:assert/strict'
import { test } from 'node:test'
import { clientAddress } from '../../src/http/client-address.ts'

test('when no proxy is trusted, then the connection\'s address counts, whatever X-Forwarded-For says', () => {
  assert.equal(clientAddress('10.0.0.1', '6.6.6.6', 0), '10.0.0.1')
})

test('when proxies are trusted, then the entry that many places from the right counts', () => {
  assert.equal(clientAddress('10.0.0.1', '6.6.6.6, 1.2.3.4', 1), '1.2.3.4')
  assert.equal(clientAddress('10.0.0.1', '6.6.6.6, 1.2.3.4, 10.0.0.2', 2), '1.2.3.4')
  assert.equal(clientAddress('10.0.0.1', ['6.6.6.6', '1.2.3.4'], 1), '1.2.3.4')
})

test('when the chain is shorter than the trusted hops or missing, then its first entry or the connection counts', () => {
  assert.equal(clientAddress('10.0.0.1', '1.2.3.4', 3), '1.2.3.4')
  assert.equal(clientAddress('10.0.0.1', undefined, 1), '10.0.0.1')
  assert.equal(clientAddress('10.0.0.1', '', 1), '10.0.0.1')
})

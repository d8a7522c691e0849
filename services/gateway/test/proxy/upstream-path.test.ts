import assert from 'node:assert/strict'
import { test } from 'node:test'
import { upstreamPath } from '../../src/proxy/upstream-path.ts'

test('when a path is under a prefix, then the prefix is replaced and the query kept', () => {
  assert.equal(upstreamPath('/api/products/123?x=1', '/api/products', '/products'), '/products/123?x=1')
  assert.equal(upstreamPath('/api/products', '/api/products', '/products'), '/products')
  assert.equal(upstreamPath('/api/products?page=2', '/api/products', '/products'), '/products?page=2')
  assert.equal(upstreamPath('/api/.well-known/jwks.json', '/api/.well-known/jwks.json', '/.well-known/jwks.json'), '/.well-known/jwks.json')
})

test('when a path holds a dot segment, plain or encoded, then there is no upstream path', () => {
  for (const url of ['/api/p/../users', '/api/p/./x', '/api/p/%2e%2e/x', '/api/p/.%2E', '/api/p/..']) {
    assert.equal(upstreamPath(url, '/api/p', '/p'), undefined, url)
  }
})

test('when dots are part of a name or of the query, then the path is fine', () => {
  assert.equal(upstreamPath('/api/p/v1.2/..x?next=../a', '/api/p', '/p'), '/p/v1.2/..x?next=../a')
})

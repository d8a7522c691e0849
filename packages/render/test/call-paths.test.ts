import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { callsOverlap, isIdempotent, isLiteral, pathRegex, uriTemplate } from '../src/call-paths.ts'

describe('call paths', () => {
  it('when a path has wildcards, then the regex takes one segment for * and the rest for **', () => {
    const one = new RegExp(pathRegex('/products/*'))
    assert.ok(one.test('/products/12'))
    assert.ok(!one.test('/products/12/reviews'))
    assert.ok(!one.test('/products/'))
    const rest = new RegExp(pathRegex('/cart/**'))
    assert.ok(rest.test('/cart/a/b'))
    assert.ok(!rest.test('/cart'))
    assert.ok(new RegExp(pathRegex('/inventory/*/update')).test('/inventory/7/update'))
  })

  it('when a literal path has regex characters, then they match only themselves', () => {
    const jwks = new RegExp(pathRegex('/.well-known/jwks.json'))
    assert.ok(jwks.test('/.well-known/jwks.json'))
    assert.ok(!jwks.test('/x-well-known/jwksxjson'))
    assert.ok(isLiteral('/.well-known/jwks.json'))
    assert.ok(!isLiteral('/a/*'))
  })

  it('when translated for Istio authorization, then wildcards become Envoy URI templates', () => {
    assert.equal(uriTemplate('/products/*'), '/products/{*}')
    assert.equal(uriTemplate('/orders/*/status'), '/orders/{*}/status')
    assert.equal(uriTemplate('/cart/**'), '/cart/{**}')
    assert.equal(uriTemplate('/users'), '/users')
  })

  it('when two calls can match one request, then they overlap, else not', () => {
    assert.ok(callsOverlap({ path: '/users/**' }, { method: 'GET', path: '/users/*' }))
    assert.ok(callsOverlap({ method: 'GET', path: '/a/*/c' }, { method: 'GET', path: '/a/b/*' }))
    assert.ok(!callsOverlap({ method: 'GET', path: '/users/*' }, { method: 'POST', path: '/users/*' }))
    assert.ok(!callsOverlap({ path: '/users/*' }, { path: '/users/*/x' }))
    assert.ok(!callsOverlap({ path: '/users' }, { path: '/users/**' }))
  })

  it('when a call names no method or a non-idempotent one, then it is not retried', () => {
    assert.ok(isIdempotent({ method: 'PUT', path: '/x' }))
    assert.ok(!isIdempotent({ method: 'POST', path: '/x' }))
    assert.ok(!isIdempotent({ path: '/x' }))
  })
})

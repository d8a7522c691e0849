import assert from 'node:assert/strict'
import { test } from 'node:test'
import { loadTopology } from '@bazaar/topology'
import { accessCheck, accessRulesOf, type AccessRule } from '../../src/domain/access-rules.ts'

const rules: AccessRule[] = [
  { path: '/orders/*/status', methods: ['POST'], require: 'admin' },
  { path: '/orders/**', require: 'user' },
  { path: '/cart', require: 'user' },
]

test('when a route no rule concerns is checked, then there is no check at all', () => {
  assert.equal(accessCheck(rules, '/api', '/api/products'), undefined)
})

test('when rules concern a route, then the first match decides and anything else is public', () => {
  const check = accessCheck(rules, '/api', '/api/orders')!
  assert.equal(check('POST', '/api/orders/7/status'), 'admin')
  assert.equal(check('GET', '/api/orders/7/status'), 'user')
  assert.equal(check('GET', '/api/orders/7'), 'user')
  assert.equal(check('POST', '/api/orders'), 'public')
})

test('when a path is disguised, then it is checked as the upstream will read it', () => {
  const check = accessCheck(rules, '/api', '/api/orders')!
  assert.equal(check('POST', '/api/orders/7/status/'), 'admin')
  assert.equal(check('POST', '/api/orders/7/st%61tus'), 'admin')
  assert.equal(check('POST', '/api/orders//status'), 'admin')
  assert.equal(accessCheck(rules, '/api', '/api/cart')!('GET', '/api/cart/'), 'user')
})

test('when the platform\'s rules are read from topology.yaml, then the writes seed 000 protects need an admin', async () => {
  const accessRules = accessRulesOf(await loadTopology(new URL('../../../../topology.yaml', import.meta.url).pathname))
  const inventory = accessCheck(accessRules, '/api', '/api/inventory')!
  assert.equal(inventory('POST', '/api/inventory/123/update'), 'admin')
  assert.equal(inventory('GET', '/api/inventory/123'), 'public')
  const orders = accessCheck(accessRules, '/api', '/api/orders')!
  assert.equal(orders('POST', '/api/orders/123/status'), 'admin')
  assert.equal(orders('GET', '/api/orders/123'), 'user')
})

import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { gatewayRoutes, parseTopology } from '../src/index.ts'
import { withExtra, withLine } from './minimal-topology.ts'

describe('gatewayRoutes', () => {
  it('when services expose nested prefixes, then the longest prefix comes first', () => {
    const t = parseTopology(
      withLine(11, '    expose: [{ path: /users }, { path: /users/admin/reports, methods: [GET] }]')
        + '  admin:\n    port: 7020\n    package: "@bazaar/admin"\n    expose: [{ path: /users/admin }]\n',
      'topology.yaml',
    )
    assert.deepEqual(gatewayRoutes(t), [
      { prefix: '/api/users/admin/reports', service: 'users', upstreamPrefix: '/users/admin/reports', methods: ['GET'] },
      { prefix: '/api/users/admin', service: 'admin', upstreamPrefix: '/users/admin' },
      { prefix: '/api/products', service: 'catalog', upstreamPrefix: '/products' },
      { prefix: '/api/users', service: 'users', upstreamPrefix: '/users' },
    ])
  })

  it('when the gateway prefix is set, then every route is under it', () => {
    const t = parseTopology(withLine(3, 'gateway: { service: gateway, prefix: /v2/api }'), 'topology.yaml')
    assert.deepEqual(gatewayRoutes(t).map((r) => r.prefix), ['/v2/api/products', '/v2/api/users'])
  })

  it('when a service exposes nothing, then it has no route', () => {
    const t = parseTopology(withExtra('  dispatch:\n    port: 7010\n    package: "@bazaar/dispatch"\n'), 'topology.yaml')
    assert.ok(gatewayRoutes(t).every((r) => r.service !== 'dispatch'))
  })
})

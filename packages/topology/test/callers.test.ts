import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { callers, parseTopology } from '../src/index.ts'
import { minimal, withLine } from './minimal-topology.ts'

describe('callers', () => {
  it('when a service is exposed and called, then the gateway and the caller are listed with their calls', () => {
    const t = parseTopology(withLine(11, '    expose: [{ path: /users, methods: [GET] }, { path: /auth }]'), 'topology.yaml')
    assert.deepEqual(callers(t, 'users'), [
      {
        service: 'gateway',
        calls: [
          { method: 'GET', path: '/users' }, { method: 'GET', path: '/users/**' },
          { path: '/auth' }, { path: '/auth/**' },
        ],
      },
      { service: 'catalog', calls: [{ method: 'GET', path: '/.well-known/jwks.json' }] },
    ])
  })

  it('when nobody calls a service, then the list is empty', () => {
    const t = parseTopology(withLine(16, ''), 'topology.yaml')
    assert.deepEqual(callers(t, 'catalog'), [])
  })

  it('when the service is unknown, then it throws', () => {
    assert.throws(() => callers(parseTopology(minimal, 't.yaml'), 'nope'), /no service named "nope"/)
  })
})

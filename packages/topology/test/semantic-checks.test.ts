import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseTopology, TopologyError } from '../src/index.ts'
import { withExtra, withLine } from './minimal-topology.ts'

function rejects(text: string, message: string) {
  assert.throws(() => parseTopology(text, 'topology.yaml'), (error: unknown) => {
    assert.ok(error instanceof TopologyError)
    assert.equal(error.message, message)
    return true
  })
}

describe('semantic checks', () => {
  it('when a dependency names an undefined service, then the error points at the name', () => {
    rejects(withLine(18, '      - service: cart'),
      'topology.yaml:18:18 services.catalog.dependencies[0].service: unknown service "cart"; defined: gateway, users, catalog')
  })

  it('when two services share a port, then the error is at the second port', () => {
    rejects(withLine(14, '    port: 7001'), 'topology.yaml:14:11 services.catalog.port: port 7001 is already used by users')
  })

  it('when two services expose the same path, then the error is at the second one', () => {
    rejects(withLine(16, '    expose: [{ path: /users }]'),
      'topology.yaml:16:22 services.catalog.expose[0].path: /users is already exposed by users')
  })

  it('when an access rule names a path the service does not expose, then the error points at it', () => {
    rejects(withLine(11, '    expose: [{ path: /users }]\n    access: [{ path: /orders/**, require: user }]'),
      'topology.yaml:12:22 services.users.access[0].path: /orders/** is not under a path this service exposes')
  })

  it('when access rules sit under the exposed paths, then they are accepted in order', () => {
    const topology = parseTopology(withLine(11, '    expose: [{ path: /users }]\n    access: [{ path: /users/*/roles, methods: [POST], require: admin }, { path: /users/**, require: user }]'), 'topology.yaml')
    assert.deepEqual(topology.services.users?.access, [
      { path: '/users/*/roles', methods: ['POST'], require: 'admin' },
      { path: '/users/**', require: 'user' },
    ])
  })

  it('when the gateway service is not defined, then the error points at gateway.service', () => {
    rejects(withLine(3, 'gateway: { service: gw }'), 'topology.yaml:3:21 gateway.service: unknown service "gw"; defined: gateway, users, catalog')
  })

  it('when the gateway exposes paths, then it is an error', () => {
    rejects(withLine(7, '    package: "@bazaar/gateway"\n    expose: [{ path: /x }]'),
      'topology.yaml:8:5 services.gateway.expose: the gateway cannot route to itself; remove expose')
  })

  it('when a service depends on itself, then it is an error', () => {
    rejects(withLine(18, '      - service: catalog'), 'topology.yaml:18:18 services.catalog.dependencies[0].service: a service cannot depend on itself')
  })

  it('when a service lists the same dependency twice, then the second is an error', () => {
    rejects(withExtra('      - service: users\n        calls: [{ method: POST, path: /auth/token }]\n'),
      'topology.yaml:20:18 services.catalog.dependencies[1].service: users is already a dependency at dependencies[0]; merge the calls')
  })

  it('when a consumed event has no publisher, then it is an error', () => {
    rejects(withExtra('    consumes: [user.registered, order.*]\n'),
      'topology.yaml:20:33 services.catalog.consumes[1]: no service publishes an event matching order.*')
  })

  it('when a pattern matches a published event, then it is accepted', () => {
    assert.deepEqual(parseTopology(withExtra('    consumes: [user.*]\n'), 't.yaml').services.catalog?.consumes, ['user.*'])
  })

  it('when two services publish one event type, then the second is an error', () => {
    rejects(withExtra('    publishes: [user.registered]\n'),
      'topology.yaml:20:17 services.catalog.publishes[0]: user.registered is already published by users; an event type has one source')
  })

  it('when autoscaling max is below min, then the error is at max', () => {
    rejects(withExtra('    autoscaling: { min: 3, max: 2, cpuPercent: 70 }\n'),
      'topology.yaml:20:33 services.catalog.autoscaling.max: expected at least min (3), got 2')
  })

  it('when version weights do not add up to 100, then the error is at versions', () => {
    rejects(withExtra('    versions: [{ name: v1, weight: 90 }, { name: v2, weight: 5 }]\n'),
      'topology.yaml:20:5 services.catalog.versions: expected weights adding up to 100, got 95')
  })

  it('when canary versions are well formed, then they are kept', () => {
    const t = parseTopology(withExtra('    versions: [{ name: v1, weight: 90 }, { name: canary, weight: 10 }]\n'), 't.yaml')
    assert.deepEqual(t.services.catalog?.versions, [{ name: 'v1', weight: 90 }, { name: 'canary', weight: 10 }])
  })

  it('when a canary names its own image, then it is kept', () => {
    const t = parseTopology(withExtra('    versions: [{ name: v1, weight: 90 }, { name: canary, weight: 10, image: "bazaar:0.2.0" }]\n'), 't.yaml')
    assert.equal(t.services.catalog?.versions?.[1]?.image, 'bazaar:0.2.0')
  })

  it('when a secret is also set in env, then it is an error', () => {
    rejects(withExtra('    env: { API_KEY: x }\n    secrets: [API_KEY]\n'),
      'topology.yaml:21:15 services.catalog.secrets[0]: API_KEY is also set in env; keep one')
  })
})

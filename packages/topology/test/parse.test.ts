import assert from 'node:assert/strict'
import { fileURLToPath } from 'node:url'
import { describe, it } from 'node:test'
import { loadTopology, parseTopology, TopologyError } from '../src/index.ts'
import { minimal, withExtra, withLine } from './minimal-topology.ts'

const repoFile = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url))

function rejects(text: string, message: string) {
  assert.throws(() => parseTopology(text, 'topology.yaml'), (error: unknown) => {
    assert.ok(error instanceof TopologyError)
    assert.equal(error.message, message)
    return true
  })
}

describe('loadTopology', () => {
  it("when Bazaar's own topology.yaml is loaded, then it has the eleven services on their design ports", async () => {
    const t = await loadTopology(repoFile('topology.yaml'))
    const ports = Object.fromEntries(Object.entries(t.services).map(([name, s]) => [name, s.port]))
    assert.deepEqual(ports, {
      gateway: 8080, users: 7001, catalog: 7002, inventory: 7003, cart: 7004, orders: 7005,
      payments: 7006, shipping: 7007, ratings: 7008, notifications: 7009, dispatch: 7010,
    })
    assert.equal(t.services.orders?.package, '@bazaar/orders')
  })

  it('when the seed 000 example is loaded, then order depends on the other three services', async () => {
    const t = await loadTopology(repoFile('examples/seed-000.yaml'))
    assert.deepEqual(t.services.order?.dependencies.map((d) => d.service), ['product-catalog', 'inventory', 'payment'])
  })

  it('when the file does not exist, then the read error names it', async () => {
    await assert.rejects(loadTopology('/nonexistent/topology.yaml'), { code: 'ENOENT' })
  })
})

describe('parseTopology', () => {
  it('when optional fields are omitted, then the model has their defaults', () => {
    const t = parseTopology(minimal, 'topology.yaml')
    assert.equal(t.namespace, 'shop')
    assert.equal(t.gateway.prefix, '/api')
    assert.deepEqual(t.defaults, {
      timeoutMs: 2000, retries: 2, backoff: { initialMs: 100, maxMs: 1000 },
      circuitBreaker: { consecutiveFailures: 5, halfOpenAfterMs: 10_000 },
    })
    const users = t.services.users
    assert.ok(users)
    assert.deepEqual(
      { replicas: users.replicas, protocol: users.protocol, mtls: users.mtls, consumes: users.consumes, env: users.env, secrets: users.secrets },
      { replicas: 1, protocol: 'http', mtls: 'STRICT', consumes: [], env: {}, secrets: [] },
    )
    assert.deepEqual(users.resources, { requests: { cpu: '50m', memory: '64Mi' }, limits: { cpu: '500m', memory: '256Mi' } })
  })

  it('when a YAML alias is reused, then each service gets its own copy', () => {
    const text = withLine(19, '        calls: &auth [{ method: GET, path: /.well-known/jwks.json }]')
      + '  ratings:\n    port: 7008\n    package: "@bazaar/ratings"\n    dependencies: [{ service: users, calls: *auth }]\n'
    const t = parseTopology(text, 'topology.yaml')
    const [catalogCalls, ratingsCalls] = [t.services.catalog?.dependencies[0]?.calls, t.services.ratings?.dependencies[0]?.calls]
    assert.deepEqual(ratingsCalls, catalogCalls)
    assert.notEqual(ratingsCalls, catalogCalls)
  })

  it('when a value has the wrong type, then the error gives file, line, column, path and what was expected', () => {
    rejects(withLine(9, '    port: abc'), 'topology.yaml:9:11 services.users.port: expected an integer from 1 to 65535, got "abc"')
  })

  it('when a port is out of range, then the error says the range', () => {
    rejects(withLine(9, '    port: 70000'), 'topology.yaml:9:11 services.users.port: expected an integer from 1 to 65535, got 70000')
  })

  it('when a key is unknown, then the error points at that key and lists the allowed ones', () => {
    rejects(
      withLine(10, '    package: "@bazaar/users"\n    replica: 2'),
      'topology.yaml:11:5 services.users.replica: unknown key "replica"; expected one of: port, package, description, '
        + 'replicas, autoscaling, resources, protocol, mtls, versions, expose, access, dependencies, publishes, consumes, env, secrets',
    )
  })

  it('when a nested key is unknown, then the error points at it', () => {
    rejects(
      withExtra('        circuitBreaker: { failures: 3 }\n'),
      'topology.yaml:20:27 services.catalog.dependencies[0].circuitBreaker.failures: unknown key "failures"; expected one of: consecutiveFailures, halfOpenAfterMs',
    )
  })

  it('when a required key is missing, then the error points at the key of the object that lacks it', () => {
    rejects(withLine(9, ''), 'topology.yaml:8:3 services.users: missing required key "port" (an integer from 1 to 65535)')
  })

  it('when a service name is invalid, then the error points at the name', () => {
    rejects(withLine(13, '  Catalog:'), 'topology.yaml:13:3 services.Catalog: invalid key "Catalog"; expected a service name '
      + '(lowercase letters, digits and dashes, starting with a letter, at most 63 characters)')
  })

  it('when a method is not an HTTP method, then the error lists the methods', () => {
    rejects(withLine(19, '        calls: [{ method: FETCH, path: /x }]'),
      'topology.yaml:19:27 services.catalog.dependencies[0].calls[0].method: expected one of GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS, got "FETCH"')
  })

  it('when a call path does not start with /, then the error says so', () => {
    rejects(withLine(19, '        calls: [{ method: GET, path: users }]'),
      'topology.yaml:19:38 services.catalog.dependencies[0].calls[0].path: expected a path starting with /, whose segments are names, '
        + '* (one segment) or a final ** (the rest), e.g. /products/*, got "users"')
  })

  it('when the YAML is malformed, then the error gives the line and column of the syntax error', () => {
    rejects(withLine(11, '    expose: [{ path: /users }'), 'topology.yaml:12:5 invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]')
  })

  it('when a key appears twice, then the error is at the second one', () => {
    rejects(withLine(10, '    package: "@bazaar/users"\n    port: 7011'), 'topology.yaml:11:5 invalid YAML: Map keys must be unique')
  })

  it('when the document is empty, then the error is at its start', () => {
    rejects('', 'topology.yaml:1:1 expected a mapping, got nothing')
  })

  it('when there are several errors, then all are reported in file order', () => {
    assert.throws(() => parseTopology(withLine(14, '    port: x').replace('port: 7001', 'port: 0'), 'f.yaml'), (error: unknown) => {
      assert.ok(error instanceof TopologyError)
      assert.deepEqual(error.issues.map((i) => [i.line, i.column, i.path]), [[9, 11, 'services.users.port'], [14, 11, 'services.catalog.port']])
      return true
    })
  })
})

import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { dependencyPolicy, parseTopology } from '../src/index.ts'
import { withExtra, withLine } from './minimal-topology.ts'

const defaults = 'defaults: { timeoutMs: 1000, retries: 3, circuitBreaker: { consecutiveFailures: 4 } }'

describe('dependencyPolicy', () => {
  it('when the edge sets nothing, then it gets the topology defaults over the built-in ones', () => {
    const t = parseTopology(withLine(2, `name: shop\n${defaults}`), 'topology.yaml')
    assert.deepEqual(dependencyPolicy(t, 'catalog', 'users'), {
      timeoutMs: 1000, retries: 3, backoff: { initialMs: 100, maxMs: 1000 },
      circuitBreaker: { consecutiveFailures: 4, halfOpenAfterMs: 10_000 },
    })
  })

  it('when the edge sets some fields, then they override the defaults field by field', () => {
    const t = parseTopology(
      withLine(2, `name: shop\n${defaults}`) + '        timeoutMs: 300\n        retries: 0\n        circuitBreaker: { halfOpenAfterMs: 500 }\n',
      'topology.yaml',
    )
    assert.deepEqual(dependencyPolicy(t, 'catalog', 'users'), {
      timeoutMs: 300, retries: 0, backoff: { initialMs: 100, maxMs: 1000 },
      circuitBreaker: { consecutiveFailures: 4, halfOpenAfterMs: 500 },
    })
  })

  it('when the gateway calls a service it routes to, then the edge needs no declaration', () => {
    const t = parseTopology(withExtra('        timeoutMs: 300\n'), 'topology.yaml')
    assert.deepEqual(dependencyPolicy(t, 'gateway', 'users'), t.defaults)
  })

  it('when the edge is not declared, then it throws', () => {
    const t = parseTopology(withExtra(''), 'topology.yaml')
    assert.throws(() => dependencyPolicy(t, 'users', 'catalog'), /users declares no dependency on catalog/)
    assert.throws(() => dependencyPolicy(t, 'users', 'nope'), /no service named "nope"/)
  })
})

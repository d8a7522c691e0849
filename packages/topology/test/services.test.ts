import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { localUrl, parseTopology, serviceNames } from '../src/index.ts'
import { minimal } from './minimal-topology.ts'

describe('services', () => {
  const t = parseTopology(minimal, 'topology.yaml')

  it('when names are listed, then they come in file order', () => {
    assert.deepEqual(serviceNames(t), ['gateway', 'users', 'catalog'])
  })

  it('when a local URL is asked for, then it is the loopback address and port', () => {
    assert.equal(localUrl(t, 'users'), 'http://127.0.0.1:7001')
    assert.throws(() => localUrl(t, 'nope'), /no service named "nope"/)
  })
})

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadTopology } from '@bazaar/topology'
import { parseReplicas } from '../../src/distributed/replicas.ts'

const topology = await loadTopology(new URL('../../../../topology.yaml', import.meta.url).pathname)

test('when --replicas names services, then they run that many times and the rest once', () => {
  const counts = parseReplicas('orders=2, catalog=3', topology)
  assert.equal(counts.get('orders'), 2)
  assert.equal(counts.get('catalog'), 3)
  assert.equal(counts.get('users'), 1)
  assert.equal(counts.size, Object.keys(topology.services).length)
})

test('when --replicas is malformed, names an unknown service, asks for a second gateway or too many, then the error says what to write', () => {
  assert.throws(() => parseReplicas('orders:2', topology), /service=count pairs.*"orders:2"/)
  assert.throws(() => parseReplicas('order=2', topology), /"order", which is not a service of the topology; it has gateway, users/)
  assert.throws(() => parseReplicas('gateway=2', topology), /the gateway runs once/)
  assert.throws(() => parseReplicas('orders=0', topology), /a count from 1 to 8/)
  assert.throws(() => parseReplicas('orders=9', topology), /a count from 1 to 8/)
})

import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseTopology } from '@bazaar/topology'
import { freePort, jsonClient, scrape, waitFor } from '@bazaar/kit/testing'
import { createEmbeddedRuntime } from '../../src/runtime/embedded.ts'
import { eventContract } from '@bazaar/contracts'
import { Type } from 'typebox'
import { newEvent } from '../../src/bus/envelope.ts'
import { defineService } from '../../src/service/definition.ts'
import { startService } from '../../src/service/start.ts'

const topology = parseTopology(`
apiVersion: bazaar.dev/v1
name: flow
gateway: { service: gateway }
services:
  gateway: { port: 18200, package: "@flow/gateway" }
  users: { port: 18201, package: "@flow/users" }
  probe: { port: 18202, package: "@flow/probe", publishes: [thing.made], consumes: [thing.made] }
`, 'flow.yaml')

/** Makes a thing (an event through its outbox); its consumer of those events always fails. */
const ThingMade = eventContract('thing.made', 1, Type.Object({}))
const probe = defineService({
  name: 'probe',
  config: {},
  uses: { db: true, bus: true },
  publishes: [ThingMade],
  deps: (ctx) => ({ made: () => ctx.transaction(async (tx) => ctx.outbox.add(tx, newEvent(ThingMade, 'thing', {}))) }),
  routes(app, deps) {
    app.post('/things', async () => deps.made())
  },
  consumers: [{ name: 'probe.broken', events: [ThingMade], maxAttempts: 1, handler: () => async () => { throw new Error('broken') } }],
})

test('when events wait in the outbox and a consumer gives up, then /metrics shows the outbox lag and the dead letter', async () => {
  const port = await freePort()
  const runtime = await createEmbeddedRuntime({ topology, overrides: () => ({ PORT: port, LOG_LEVEL: 'silent' }) })
  const service = await startService(probe, runtime, { holdOutbox: true })
  try {
    const metrics = () => scrape(jsonClient(service.url))
    const before = await metrics()
    assert.equal(before('outbox_events_pending'), 0)
    assert.equal(before('outbox_oldest_pending_seconds'), 0)
    assert.equal(before('bus_dead_letters', { queue: 'probe.broken' }), 0)

    assert.equal((await fetch(`${service.url}/things`, { method: 'POST' })).status, 200)
    const held = await metrics()
    assert.equal(held('outbox_events_pending'), 1, 'the relay is held: the event waits')
    assert.ok((held('outbox_oldest_pending_seconds') ?? 0) > 0)

    service.releaseOutbox()
    await waitFor(async () => {
      const now = await metrics()
      return now('outbox_events_pending') === 0 && now('bus_dead_letters', { queue: 'probe.broken' }) === 1 && now('bus_messages_waiting', { queue: 'probe.broken' }) === 0
    }, { what: 'the event published, and dead-lettered by its consumer' })
  } finally {
    await service.stop()
    await runtime.close()
  }
})

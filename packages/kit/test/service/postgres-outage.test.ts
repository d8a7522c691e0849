import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { test } from 'node:test'
import postgres from 'postgres'
import { parseTopology } from '@bazaar/topology'
import { freePort, jsonClient, needServer, tcpProxy, waitFor } from '@bazaar/kit/testing'
import { createPostgresDb } from '../../src/db/postgres.ts'
import { defineService } from '../../src/service/definition.ts'
import type { Runtime } from '../../src/service/runtime.ts'
import { startService } from '../../src/service/start.ts'

const topology = parseTopology(`
apiVersion: bazaar.dev/v1
name: outage
gateway: { service: gateway }
services:
  gateway: { port: 18100, package: "@outage/gateway" }
  probe: { port: 18101, package: "@outage/probe" }
`, 'outage.yaml')

/** A service whose routes only talk to its database; its slow query names `marker`, so the test finds it. */
function probe(marker: string) {
  return defineService({
    name: 'probe',
    config: {},
    uses: { db: true },
    deps: (ctx) => ctx,
    routes(app, ctx) {
      app.get('/things', async () => ctx.db.query('select 1 as one'))
      app.post('/things', async () => ctx.transaction((tx) => tx.query('select 1 as one')))
      app.get('/slow', async () => ctx.db.query(`select pg_sleep(30) as ${marker}`))
    },
  })
}

/** Answers within a few seconds or fails: a route that hangs fails the test instead of stalling it. */
async function call(url: string, method = 'GET') {
  const response = await fetch(url, { method, signal: AbortSignal.timeout(5000) })
  return { status: response.status, type: response.headers.get('content-type'), retryAfter: response.headers.get('retry-after'), body: await response.json() as Record<string, unknown> }
}

function assertUnavailable(reply: Awaited<ReturnType<typeof call>>): void {
  assert.deepEqual([reply.status, reply.body.code, reply.retryAfter], [503, 'UNAVAILABLE', '1'])
  assert.match(String(reply.type), /^application\/problem\+json/)
}

test('a service on PostgreSQL, through lost connections and outages', async (t) => {
  const url = await needServer(t, 'postgres')
  if (!url) return
  const schema = `test_outage_${randomBytes(6).toString('hex')}`
  const admin = postgres(url, { max: 1, onnotice: () => {} })
  const proxy = await tcpProxy(url)
  const port = await freePort()
  const runtime: Runtime = {
    mode: 'distributed',
    topology,
    env: {},
    overrides: () => ({ PORT: port, LOG_LEVEL: 'silent' }),
    openDb: () => createPostgresDb(proxy.url, { schema, max: 2, acquireTimeoutMs: 1000 }),
    openBus: () => Promise.reject(new Error('no bus here')),
    openCache: () => Promise.reject(new Error('no cache here')),
    // Token verification is never reached: no route here needs one.
    urls: () => ['http://127.0.0.1:1'],
  }
  const running = await startService(probe(schema), runtime)
  t.after(async () => {
    await running.stop()
    await proxy.close()
    await admin.unsafe(`drop schema if exists ${schema} cascade`)
    await admin.end()
  })
  const api = jsonClient(running.url)
  const slowQuery = `select pg_sleep(30) as ${schema}`
  const sleeping = () => admin`select pid from pg_stat_activity where query = ${slowQuery} and state = 'active'`

  await t.test('when the database becomes unreachable, then routes and /ready answer 503; once it is back, both recover without a restart', async () => {
    await waitFor(async () => (await api.get('/ready')).status === 200, { what: 'the service to be ready' })
    assert.equal((await api.get('/things')).status, 200)

    proxy.refuse(true)
    proxy.drop()
    assertUnavailable(await call(`${running.url}/things`))
    assertUnavailable(await call(`${running.url}/things`, 'POST'))
    const notReady = await call(`${running.url}/ready`)
    assert.equal(notReady.status, 503)
    assert.match(String((notReady.body.checks as Record<string, string>).database), /^down/)

    proxy.refuse(false)
    await waitFor(async () => (await api.get('/ready')).status === 200, { what: '/ready to answer 200 again' })
    assert.equal((await api.get('/things')).status, 200)
    assert.equal((await api.post('/things', {})).status, 200)
  })

  await t.test('when every pooled connection is busy, then a request waits at most the acquire timeout and answers 503', async () => {
    const slow = [call(`${running.url}/slow`), call(`${running.url}/slow`)]
    await waitFor(async () => (await sleeping()).length === 2, { what: 'both connections to be busy' })
    assertUnavailable(await call(`${running.url}/things`))
    // Cancelled, not terminated: the connections stay and serve the next calls.
    await admin`select pg_cancel_backend(pid) from pg_stat_activity where query = ${slowQuery}`
    await Promise.all(slow)
    assert.equal((await api.get('/things')).status, 200)
  })

  await t.test('when a query\'s connection is terminated, then that request answers 503 UNAVAILABLE with Retry-After', async () => {
    const slow = call(`${running.url}/slow`)
    await waitFor(async () => (await sleeping()).length === 1, { what: 'the slow query to run' })
    await admin`select pg_terminate_backend(pid) from pg_stat_activity where query = ${slowQuery}`
    assertUnavailable(await slow)
    await waitFor(async () => (await api.get('/things')).status === 200, { what: 'the pool to serve again' })
  })
})

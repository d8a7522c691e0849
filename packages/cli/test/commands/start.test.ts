import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { waitFor } from '@bazaar/kit/testing'
import { killStrays, startPlatformProcess, workspace } from '@bazaar/cli/testing'

const place = await workspace()
after(async () => {
  killStrays()
  await place.remove()
})

test('when `bazaar start` runs, then the API is healthy, requests are traced through every service, Ctrl-C stops it and data survives a restart', { timeout: 120_000 }, async (t) => {
  const began = performance.now()
  const first = await startPlatformProcess(place)
  const health = await fetch(`${first.gatewayUrl}/api/health`)
  const seconds = (performance.now() - began) / 1000
  t.diagnostic(`healthy after ${seconds.toFixed(1)} s`)
  const body = (await health.json()) as { status: string; services: Record<string, string> }
  assert.equal(health.status, 200)
  assert.equal(body.status, 'up')
  assert.equal(body.services.users, 'up')
  assert.ok(Object.values(body.services).every((state) => state === 'up'))

  const banner = first.lines.join('\n')
  assert.match(banner, /Storefront +http:\/\/localhost:\d+\//)
  const password = /admin@bazaar\.local \/ (\S+)/.exec(banner)?.[1]
  assert.ok(password, 'the first start shows the generated admin password')
  const demo = /Demo shopper (\S+) \/ (\S+)/.exec(banner)
  assert.ok(demo, 'the banner shows the demo shopper')

  const traceId = randomUUID().replaceAll('-', '')
  const email = `walk-${randomUUID()}@example.com`
  const registered = await fetch(`${first.gatewayUrl}/api/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', traceparent: `00-${traceId}-${'1'.repeat(16)}-01` },
    body: JSON.stringify({ email, password: 'correct horse battery', name: 'Walk' }),
  })
  assert.equal(registered.status, 201)
  for (const service of ['gateway', 'users']) {
    await waitFor(() => first.logsOf(service).some((entry) => entry.trace_id === traceId), { what: `${service} to log the trace id` })
  }

  assert.equal(await first.interrupt(), 0)
  assert.match(first.lines.join('\n'), /Stopped\./)

  const second = await startPlatformProcess(place)
  assert.doesNotMatch(second.lines.join('\n'), /generated now/, 'the password is shown only when generated')
  for (const [login, secret] of [[email, 'correct horse battery'], ['admin@bazaar.local', password], [demo[1], demo[2]]] as const) {
    const reply = await fetch(`${second.gatewayUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: login, password: secret }) })
    assert.equal(reply.status, 200, `${login} logs in after a restart`)
  }
  assert.equal(await second.interrupt(), 0)
})

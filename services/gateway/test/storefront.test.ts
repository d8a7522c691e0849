import assert from 'node:assert/strict'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { brotliCompressSync } from 'node:zlib'
import { createEmbeddedRuntime, defineService, startService, type EmbeddedRuntime, type RunningService } from '@bazaar/kit'
import { freePort } from '@bazaar/kit/testing'
import { parseTopology } from '@bazaar/topology'
import { registerStorefront } from '../src/routes/storefront.ts'
import { call, rawCall, type Answer } from './support/http.ts'
import { startPlatform, type Platform } from './support/platform.ts'

const topologyFile = new URL('./support/topology.yaml', import.meta.url)
const indexHtml = '<!doctype html><html><head><script type="module" src="/assets/app-1a2b3c.js"></script></head><body><div id="root"></div></body></html>'
const appScript = `console.log(${JSON.stringify('the app '.repeat(200))})`

function assertProblem(answer: Answer, status: number): void {
  assert.equal(answer.status, status)
  assert.match(answer.headers.get('content-type') ?? '', /^application\/problem\+json/)
  assert.equal(answer.json.status, status)
}

/** A build as Vite writes one: index.html, hashed assets with compressed copies, a public file. */
async function writeBuild(root: string): Promise<void> {
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'index.html'), indexHtml)
  await writeFile(join(root, 'assets/app-1a2b3c.js'), appScript)
  await writeFile(join(root, 'assets/app-1a2b3c.js.br'), brotliCompressSync(appScript))
  await writeFile(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  await writeFile(join(root, '.env'), 'SECRET=1')
}

/** registerStorefront on the kit's service app (its problem handler and all), serving `root`. */
async function serveBuild(root: string): Promise<{ url: string; stop(): Promise<void> }> {
  const topology = parseTopology(await readFile(topologyFile, 'utf8'), topologyFile.pathname)
  const port = await freePort()
  const runtime: EmbeddedRuntime = await createEmbeddedRuntime({
    topology,
    overrides: () => ({ PORT: port, LOG_LEVEL: 'silent' }),
    // Tokens are never verified here; the users URL only has to exist.
    urls: (name) => (name === 'users' ? ['http://127.0.0.1:1'] : []),
  })
  const storefront = defineService({
    name: 'gateway',
    config: {},
    uses: {},
    deps: () => undefined,
    routes: (app) => registerStorefront(app, { root, apiPrefix: '/api', entryPoints: ['/api/health'] }),
  })
  const running: RunningService = await startService(storefront, runtime)
  return {
    url: running.url,
    async stop() {
      await running.stop()
      await runtime.close()
    },
  }
}

describe('the storefront build, served', () => {
  let root: string
  let server: { url: string; stop(): Promise<void> }
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'storefront-'))
    await writeBuild(root)
    server = await serveBuild(root)
  })
  after(async () => {
    await server.stop()
    await rm(root, { recursive: true, force: true })
  })

  test('when / is asked, then index.html is answered and must be revalidated before reuse', async () => {
    const answer = await call(`${server.url}/`)
    assert.equal(answer.status, 200)
    assert.match(answer.headers.get('content-type') ?? '', /^text\/html/)
    assert.equal(answer.headers.get('cache-control'), 'no-cache')
    assert.equal(answer.text, indexHtml)
  })

  test('when a deep link of the app is opened, then index.html is answered, so the app can route it', async () => {
    for (const path of ['/orders/42', '/products/7?tab=reviews', '/admin/products/new', '/checkout/']) {
      const answer = await call(`${server.url}${path}`)
      assert.equal(answer.status, 200, path)
      assert.equal(answer.text, indexHtml, path)
    }
  })

  test('when a hashed asset is asked, then it is cached for a year as immutable', async () => {
    const answer = await call(`${server.url}/assets/app-1a2b3c.js`, { headers: { 'accept-encoding': 'identity' } })
    assert.equal(answer.status, 200)
    assert.match(answer.headers.get('content-type') ?? '', /javascript/)
    assert.equal(answer.headers.get('cache-control'), 'public, max-age=31536000, immutable')
    assert.equal(answer.text, appScript)
  })

  test('when the browser accepts brotli, then the pre-compressed copy is sent, varying on Accept-Encoding', async () => {
    const answer = await rawCall(server.url, '/assets/app-1a2b3c.js', { headers: { 'accept-encoding': 'br, gzip' } })
    assert.equal(answer.status, 200)
    assert.equal(answer.headers.get('content-encoding'), 'br')
    assert.match(answer.headers.get('vary') ?? '', /accept-encoding/i)
    assert.match(answer.headers.get('content-type') ?? '', /javascript/)
  })

  test('when another file of the build is asked, then it is cached for an hour', async () => {
    const answer = await call(`${server.url}/favicon.svg`)
    assert.equal(answer.status, 200)
    assert.equal(answer.headers.get('cache-control'), 'public, max-age=3600')
  })

  test('when a hashed asset is missing (an old release), then 404, never the page in its place', async () => {
    assertProblem(await call(`${server.url}/assets/app-000000.js`), 404)
  })

  test('when an unknown /api path is asked, then it is a problem+json 404, never the app', async () => {
    assertProblem(await call(`${server.url}/api/nothing/here`), 404)
    assertProblem(await call(`${server.url}/api`), 404)
  })

  test('when a path reaches for a dotfile or outside the build, then no such file is sent', async () => {
    for (const path of ['/.env', '/assets/../.env', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc/passwd']) {
      const answer = await rawCall(server.url, path)
      assert.doesNotMatch(answer.text, /SECRET|root:/, path)
    }
  })

  test('when the path is not valid percent-encoding, then 400', async () => {
    assertProblem(await rawCall(server.url, '/products/%E0%A4%A'), 400)
  })

  test('when the build goes missing, then the placeholder page says how to build it, without a restart', async () => {
    await rm(join(root, 'index.html'))
    const answer = await call(`${server.url}/orders/42`)
    assert.equal(answer.status, 200)
    assert.match(answer.text, /npm run build/)
    assert.match(answer.text, /href="\/api\/health"/)
  })
})

describe('the storefront behind the gateway', () => {
  let platform: Platform
  before(async () => { platform = await startPlatform({ users: false, echoReplicas: 1 }) })
  after(() => platform.stop())

  test('when a deep link is opened, then it answers the same page as / (the app, or the placeholder until built)', async () => {
    const home = await call(`${platform.url}/`)
    const deep = await call(`${platform.url}/orders/123`)
    assert.equal(home.status, 200)
    assert.match(home.headers.get('content-type') ?? '', /^text\/html/)
    assert.equal(deep.status, 200)
    assert.equal(deep.text, home.text)
  })

  test('when an unknown /api path is asked, then it is still a problem+json 404', async () => {
    const answer = await call(`${platform.url}/api/nothing`)
    assertProblem(answer, 404)
    assert.equal(answer.json.code, 'NOT_FOUND')
  })

  test('when a service path is asked, then it still reaches the service', async () => {
    const answer = await call(`${platform.url}/api/echo/items`)
    assert.equal(answer.status, 200)
    assert.equal(answer.json.url, '/echo/items')
  })
})

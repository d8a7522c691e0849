import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { startShop, type Shop } from '../support/shop.ts'

let shop: Shop
before(async () => { shop = await startShop() })
after(() => shop?.stop())

interface Operation {
  service: string
  method: string
  path: string
  bodyKeys: string[]
  queryKeys: string[]
}

/** Every operation each service documents at /docs/json: the fuzzer cannot forget an endpoint. */
async function operations(): Promise<Operation[]> {
  const found: Operation[] = []
  for (const service of shop.services) {
    if (service === 'gateway') continue
    const docs = (await shop.direct(service).get<{ paths: Record<string, Record<string, { parameters?: { name: string; in: string }[]; requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> } }>> }>('/docs/json')).body
    for (const [path, methods] of Object.entries(docs.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const schema = operation.requestBody?.content?.['application/json']?.schema
        found.push({
          service,
          method: method.toUpperCase(),
          path,
          bodyKeys: Object.keys(schema?.properties ?? {}),
          queryKeys: (operation.parameters ?? []).filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name),
        })
      }
    }
  }
  return found
}

const oddText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 300 }), fc.constantFrom('..', '%00', '%zz', '1e309', '-1', '0', 'null', ' ', '\u0000', 'a'.repeat(5000), '9'.repeat(40)))
const oddValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), oddText, fc.constantFrom(Number.MAX_SAFE_INTEGER, -0.5, 1e308))

test('when every documented endpoint gets malformed bodies, queries and ids, then each answer is 4xx problem+json or a success, never 5xx, and the platform stays healthy', { timeout: 300_000 }, async () => {
  const all = await operations()
  assert.ok(all.length >= 30, `found ${all.length} operations`)
  const customer = await shop.api.customer('Fuzz')
  const admin = await shop.adminToken()
  const tokens = [undefined, customer.token, admin, 'not-a-token', `${customer.token}x`]

  for (const operation of all) {
    await fc.assert(fc.asyncProperty(
      fc.array(oddText, { minLength: 4, maxLength: 4 }),
      fc.oneof(oddValue, fc.dictionary(fc.constantFrom(...operation.bodyKeys, 'unexpected'), oddValue)),
      fc.dictionary(fc.constantFrom(...operation.queryKeys, 'q', 'limit', 'cursor'), oddText),
      fc.constantFrom(...tokens),
      fc.constantFrom('application/json', 'text/plain', 'application/json; charset=latin1'),
      async (ids, body, query, token, contentType) => {
        let n = 0
        const path = operation.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(ids[n++ % ids.length]!))
        const search = new URLSearchParams(query).toString()
        const url = `${shop.url('gateway')}/api${path}${search ? `?${search}` : ''}`
        const hasBody = !['GET', 'HEAD', 'DELETE'].includes(operation.method)
        const response = await fetch(url, {
          method: operation.method,
          headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(hasBody ? { 'content-type': contentType } : {}) },
          ...(hasBody ? { body: JSON.stringify(body) } : {}),
        })
        const text = await response.text()
        assert.ok(response.status < 500, `${operation.method} ${url} answered ${response.status}: ${text.slice(0, 300)}`)
        if (response.status >= 400) {
          assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/, `${operation.method} ${url} ${response.status}`)
        }
      },
    ), { numRuns: 30 })
  }

  const health = await shop.api.get<{ status: string }>('/api/health')
  assert.equal(health.status, 200)
  assert.equal(health.body.status, 'up')
})

import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { jsonClient, type JsonClient } from '../../src/testing/index.ts'

interface Echo {
  method: string
  url: string
  authorization: string | null
  contentType: string | null
  idempotencyKey: string | null
  body: unknown
}

async function bodyOf(request: IncomingMessage): Promise<string> {
  let text = ''
  for await (const chunk of request) text += String(chunk)
  return text
}

describe('jsonClient', () => {
  let server: Server
  let api: JsonClient
  before(async () => {
    server = createServer(async (request, response) => {
      const text = await bodyOf(request)
      if (request.url === '/page') return void response.writeHead(200, { 'content-type': 'text/html' }).end('<p>hi</p>')
      if (request.url === '/empty') return void response.writeHead(204).end()
      const echo: Echo = {
        method: request.method ?? '',
        url: request.url ?? '',
        authorization: request.headers.authorization ?? null,
        contentType: request.headers['content-type'] ?? null,
        idempotencyKey: (request.headers['idempotency-key'] as string | undefined) ?? null,
        body: text === '' ? null : JSON.parse(text),
      }
      response.writeHead(request.url === '/missing' ? 404 : 200, { 'content-type': 'application/json' }).end(JSON.stringify(echo))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    api = jsonClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)
  })
  after(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('when a body and a token are given, then it sends JSON with a bearer token and answers the parsed reply', async () => {
    const reply = await api.post<Echo>('/things', { name: 'a' }, 'secret')
    assert.equal(reply.status, 200)
    assert.equal(reply.headers.get('content-type'), 'application/json')
    assert.deepEqual(reply.body, { method: 'POST', url: '/things', authorization: 'Bearer secret', contentType: 'application/json', idempotencyKey: null, body: { name: 'a' } })
    assert.equal(reply.text, JSON.stringify(reply.body))
  })

  it('when options carry headers, then they are sent beside the token', async () => {
    const reply = await api.put<Echo>('/things/1', { n: 1 }, { token: 't', headers: { 'idempotency-key': 'k' } })
    assert.deepEqual([reply.body.method, reply.body.authorization, reply.body.idempotencyKey], ['PUT', 'Bearer t', 'k'])
  })

  it('when there is no body, then no content type is sent', async () => {
    for (const send of [() => api.get<Echo>('/x'), () => api.delete<Echo>('/x')]) {
      const reply = await send()
      assert.deepEqual([reply.body.contentType, reply.body.authorization], [null, null])
    }
    assert.equal((await api.patch<Echo>('/x', [1])).body.method, 'PATCH')
  })

  it('when the status is an error, then it answers it instead of throwing', async () => {
    assert.equal((await api.get('/missing')).status, 404)
  })

  it('when the reply is empty or not JSON, then the body is undefined or the text', async () => {
    const empty = await api.get('/empty')
    assert.deepEqual([empty.status, empty.body, empty.text], [204, undefined, ''])
    const page = await api.get<string>('/page')
    assert.deepEqual([page.body, page.text], ['<p>hi</p>', '<p>hi</p>'])
  })
})

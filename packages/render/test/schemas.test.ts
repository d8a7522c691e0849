import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { validateDocument } from './support/schemas.ts'

const server = { apiVersion: 'policy.linkerd.io/v1beta3', kind: 'Server', metadata: { name: 's' }, spec: { podSelector: { matchLabels: { app: 'a' } }, port: 'http', proxyProtocol: 'HTTP/1' } }

describe('validation against the official schemas', () => {
  it('when documents are well formed, then they pass', () => {
    validateDocument(server)
    validateDocument({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' }, spec: { selector: {}, template: { spec: { containers: [{ name: 'c' }] } } } } as never)
  })

  it('when a field has the wrong type, then the document is named and refused', () => {
    assert.throws(() => validateDocument({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' }, spec: { replicas: 'three' } } as never), /apps\/v1 Deployment d: .*replicas/)
    assert.throws(() => validateDocument({ ...server, spec: { ...server.spec, port: undefined } }), /Server s: .*port/)
  })

  it('when a Linkerd document has a field its CRD does not know, then it is refused', () => {
    assert.throws(() => validateDocument({ ...server, spec: { ...server.spec, proxyProtocoll: 'HTTP/1' } }), /unknown fields \.spec\.proxyProtocoll/)
  })

  it('when a kind has no schema here, then validation says so rather than passing it', () => {
    assert.throws(() => validateDocument({ apiVersion: 'example.com/v1', kind: 'Widget' }), /no schema/)
  })
})

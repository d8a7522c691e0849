import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { topologyJsonSchema } from '../src/index.ts'

describe('topologyJsonSchema', () => {
  it('when serialised, then it is a closed JSON Schema with its defaults documented', () => {
    const schema = JSON.parse(JSON.stringify(topologyJsonSchema))
    assert.equal(schema.additionalProperties, false)
    assert.deepEqual(schema.required, ['apiVersion', 'name', 'gateway', 'services'])
    assert.equal(schema.properties.defaults.default.timeoutMs, 2000)
    assert.equal(schema.properties.services.patternProperties['^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$'].additionalProperties, false)
  })
})

import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { render, type Target } from '@bazaar/render'
import { allTopologies } from '../../render/test/support/topologies.ts'
import { analyze, findingLine, readSources } from '../src/index.ts'

const topologies = await allTopologies()
const repoDeploy = fileURLToPath(new URL('../../../deploy', import.meta.url))

/** Kubernetes with one mesh at a time, as a cluster runs them. */
const meshes: Target[][] = [['k8s', 'istio'], ['k8s', 'linkerd']]

describe('bazaar analyze on what Bazaar renders', () => {
  for (const { name, topology } of topologies) {
    for (const targets of meshes) {
      it(`when ${name} is rendered for ${targets.join(' + ')}, then nothing is found`, async () => {
        const files = render(topology, targets, { source: name, image: 'bazaar:0.1.0' })
        const result = await analyze(files.map((f) => ({ file: f.path, text: f.content })))
        assert.deepEqual(result.findings.map(findingLine), [])
        assert.ok(result.documents > 20)
      })
    }
  }

  it('when the repository\'s deploy/ is analyzed, then nothing is found and the non-Kubernetes files are skipped', async () => {
    const result = await analyze(await readSources([repoDeploy]))
    assert.deepEqual(result.findings.map(findingLine), [])
    assert.ok(result.skipped.some((file) => file.endsWith('compose.yaml')))
  })
})

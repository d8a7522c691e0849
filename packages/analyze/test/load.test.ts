import assert from 'node:assert/strict'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { analyze, findingLine, readSources } from '../src/index.ts'

const dir = await mkdtemp(join(tmpdir(), 'bazaar-analyze-load-'))
after(() => rm(dir, { recursive: true, force: true }))

const configMap = (name: string, extra = '') => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  namespace: shop\n${extra}`

describe('reading files', () => {
  it('when a directory is walked, then YAML and JSON files are read in name order and Helm charts are left out', async () => {
    await mkdir(join(dir, 'walk', 'chart', 'templates'), { recursive: true })
    await writeFile(join(dir, 'walk', 'b.yml'), configMap('b'))
    await writeFile(join(dir, 'walk', 'a.yaml'), configMap('a'))
    await writeFile(join(dir, 'walk', 'notes.txt'), 'not read')
    await writeFile(join(dir, 'walk', 'chart', 'Chart.yaml'), 'apiVersion: v2\nname: chart\n')
    await writeFile(join(dir, 'walk', 'chart', 'templates', 'x.yaml'), '{{ .Values.broken }')
    const sources = await readSources([join(dir, 'walk')])
    assert.deepEqual(sources.map((s) => s.file), [join(dir, 'walk', 'a.yaml'), join(dir, 'walk', 'b.yml')])
  })

  it('when a file holds no Kubernetes object, then it is skipped, not reported', async () => {
    const result = await analyze([
      { file: 'compose.yaml', text: 'services:\n  web: { image: nginx }\n' },
      { file: 'topology.yaml', text: 'apiVersion: bazaar.dev/v1\nname: shop\n' },
      { file: 'cm.yaml', text: configMap('a') },
    ])
    assert.deepEqual(result.skipped, ['compose.yaml', 'topology.yaml'])
    assert.equal(result.files, 1)
    assert.deepEqual(result.findings, [])
  })

  it('when a v1 List holds objects, then each is analyzed, located in the list', async () => {
    const text = `apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Service\n    metadata: { name: a, namespace: shop }\n    spec:\n      ports: [{ name: http, port: eighty }]\n`
    const result = await analyze([{ file: 'list.yaml', text }])
    assert.deepEqual(result.findings.map(findingLine), ['Error [BZ1001] (Service shop/a list.yaml:8) Schema validation error: spec.ports[0].port must be integer'])
  })

  it('when YAML 1.1 reads a bare word as a boolean, then the schema says so, as the API server would', async () => {
    const result = await analyze([{ file: 'cm.yaml', text: configMap('a', 'data:\n  enabled: on\n') }])
    assert.deepEqual(result.findings.map(findingLine), ['Error [BZ1001] (ConfigMap shop/a cm.yaml:7) Schema validation error: data.enabled must be string'])
  })

  it('when a document names no namespace, then it is in default; a cluster-scoped one has none', async () => {
    const result = await analyze([{ file: 'x.yaml', text: 'apiVersion: v1\nkind: Service\nmetadata: { name: a }\nspec: { selector: { app: a }, ports: [{ name: http, port: 80 }] }\n---\napiVersion: v1\nkind: Namespace\nmetadata: { name: shop, labels: { a: 1 } }\n' }])
    assert.deepEqual(result.findings.map(findingLine), [
      'Warning [BZ3004] (Service default/a x.yaml:4) No pods in namespace default match the selector app=a',
      'Error [BZ1001] (Namespace shop x.yaml:8) Schema validation error: metadata.labels.a must be string',
    ])
  })
})

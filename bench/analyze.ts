import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { analyze, readSources } from '@bazaar/analyze'
import { render } from '@bazaar/render'
import { parseTopology } from '@bazaar/topology'

/**
 * `bazaar analyze` on about 1,000 documents (npm run bench:analyze, or `node bench/analyze.ts`):
 * a topology of 90 services and the gateway and users (call edges, exposed routes, canary versions, autoscaling), rendered
 * for Kubernetes and Istio, written to a temporary directory and analyzed from
 * there as the command does. The target is under 2 s for the first run, module loading included.
 * Not a test: it reports, it does not assert.
 */
const services = 90
const target = { documents: 1000, seconds: 2 }

function topologyYaml(): string {
  const lines = ['apiVersion: bazaar.dev/v1', 'name: bench', 'namespace: bench', 'gateway: { service: gateway }', 'services:', '  gateway:', '    port: 8080', '    package: "@bench/gateway"', '  users:', '    port: 7999', '    package: "@bench/users"', '    expose: [{ path: /.well-known/jwks.json, methods: [GET] }]']
  for (let i = 0; i < services; i++) {
    const name = `svc-${String(i).padStart(2, '0')}`
    lines.push(`  ${name}:`, `    port: ${7000 + i}`, `    package: "@bench/${name}"`)
    if (i % 3 === 0) lines.push(`    expose: [{ path: /${name} }]`, `    access: [{ path: /${name}/*/admin, methods: [POST], require: admin }]`)
    if (i % 5 === 0) lines.push('    autoscaling: { min: 2, max: 6, cpuPercent: 70 }')
    if (i % 10 === 0) lines.push('    versions: [{ name: stable, weight: 90 }, { name: canary, weight: 10 }]')
    const callees = [1, 7, 13].map((step) => (i + step) % services).filter((j) => j > i)
    if (callees.length > 0) {
      lines.push('    dependencies:')
      for (const j of callees) {
        const callee = `svc-${String(j).padStart(2, '0')}`
        lines.push(`      - service: ${callee}`, `        calls: [{ method: GET, path: /${callee}/* }, { method: POST, path: /${callee} }]`)
      }
    }
  }
  return `${lines.join('\n')}\n`
}

const topology = parseTopology(topologyYaml(), 'bench.yaml')
const files = render(topology, ['k8s', 'istio'], { source: 'bench.yaml', image: 'bench:1.0.0' })
const dir = await mkdtemp(join(tmpdir(), 'bazaar-analyze-bench-'))
try {
  for (const file of files) {
    await mkdir(dirname(join(dir, file.path)), { recursive: true })
    await writeFile(join(dir, file.path), file.content)
  }
  const once = async () => {
    const start = performance.now()
    const result = await analyze(await readSources([dir]))
    return { ms: performance.now() - start, result }
  }
  const cold = await once()
  const warm: number[] = []
  for (let i = 0; i < 5; i++) warm.push((await once()).ms)
  warm.sort((a, b) => a - b)
  const median = warm[2] ?? Number.NaN
  const { documents, findings } = cold.result
  console.log(`${documents} documents in ${cold.result.files} files (${services} services, k8s + istio), ${findings.length} findings`)
  console.log(`first run (schema modules loaded): ${cold.ms.toFixed(0)} ms, ${Math.round((documents / cold.ms) * 1000)} documents/s`)
  console.log(`warm runs, median of 5:           ${median.toFixed(0)} ms, ${Math.round((documents / median) * 1000)} documents/s`)
  const met = documents >= target.documents && cold.ms < target.seconds * 1000
  console.log(`${met ? 'met' : 'NOT met'}: at least ${target.documents} documents in under ${target.seconds} s`)
} finally {
  await rm(dir, { recursive: true, force: true })
}

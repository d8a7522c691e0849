import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { deriveClientSecret } from '@bazaar/kit'
import { serviceNames } from '@bazaar/topology'
import { parse } from 'yaml'
import { clientSecret } from '../src/compose/client-secret.ts'
import { render } from '../src/index.ts'
import { allTopologies } from './support/topologies.ts'

interface ComposeService {
  image: string
  environment?: Record<string, string>
  ports?: string[]
  read_only?: boolean
  cap_drop?: string[]
  depends_on?: Record<string, { condition: string }>
  volumes?: string[]
}

describe('compose stack', async () => {
  const [bazaar] = await allTopologies()
  const t = bazaar!.topology
  const files = new Map(render(t, ['compose'], { source: 'topology.yaml', image: 'bazaar:test' }).map((f) => [f.path, f.content]))
  const compose = parse(files.get('compose.yaml')!) as { services: Record<string, ComposeService> }

  it('when rendered, then the backing services run beside one container per service of the one image', () => {
    for (const infra of ['postgres', 'redis', 'rabbitmq', 'otel-collector', 'jaeger', 'prometheus']) assert.ok(compose.services[infra], infra)
    for (const name of serviceNames(t)) {
      const s = compose.services[name]!
      assert.equal(s.image, 'bazaar:test')
      assert.equal(s.environment?.SERVICE, name)
      assert.equal(s.environment?.DATABASE_URL, `postgres://bazaar:bazaar@postgres:5432/${name}`)
      assert.equal(s.environment?.OTEL_EXPORTER_OTLP_ENDPOINT, 'http://otel-collector:4318')
      assert.equal(s.read_only, true)
      assert.deepEqual(s.cap_drop, ['ALL'])
      assert.equal(s.depends_on?.postgres?.condition, 'service_healthy')
      for (const dependency of t.services[name]!.dependencies) assert.equal(s.environment?.[`${dependency.service.toUpperCase()}_URL`], `http://${dependency.service}:8080`)
    }
    assert.deepEqual(compose.services.gateway?.ports, ['8080:8080'])
  })

  it('when a service gets its client secret, then it is the one the users service derives from the key', () => {
    const key = compose.services.users!.environment!.SERVICE_CLIENT_KEY!
    assert.equal(compose.services.orders!.environment!.SERVICE_CLIENT_SECRET, deriveClientSecret(key, 'orders'))
    assert.equal(clientSecret('k', 'cart'), deriveClientSecret('k', 'cart'))
  })

  it('when rendered, then each service has a database, Prometheus scrapes each and the topology is mounted', () => {
    assert.equal(files.get('compose/postgres-init.sql')!.split('\n').filter((l) => l.startsWith('CREATE DATABASE')).length, serviceNames(t).length)
    const prometheus = parse(files.get('compose/prometheus.yml')!) as { scrape_configs: { static_configs: { targets: string[] }[] }[] }
    assert.deepEqual(prometheus.scrape_configs[0]!.static_configs.flatMap((c) => c.targets), serviceNames(t).map((n) => `${n}:8080`))
    assert.equal(JSON.parse(files.get('compose/topology.json')!).name, 'bazaar')
    assert.ok(compose.services.orders!.volumes!.includes('./compose/topology.json:/etc/bazaar/topology.json:ro'))
  })
})

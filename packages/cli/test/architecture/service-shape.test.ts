import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readdir, readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

const services = fileURLToPath(new URL('../../../../services/', import.meta.url))

// One name per job, the same in every service (docs/architecture.md#9-layout).
const required = ['main.ts', 'app.ts', 'config.ts', 'deps.ts']
const allowed = new Set([...required, 'metrics.ts', 'routes', 'consumers', 'jobs', 'domain', 'data', 'clients'])
// The gateway holds no data and takes no events: its work is the edge and the proxy.
const gatewayOwn = new Set(['edge', 'proxy', 'storefront'])

async function serviceNames(): Promise<string[]> {
  return (await readdir(services, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()
}

test('every service has the same files for the same jobs, and nothing else at the top of src/', async () => {
  const strays: string[] = []
  for (const service of await serviceNames()) {
    const entries = await readdir(`${services}${service}/src`)
    for (const name of required) if (!entries.includes(name)) strays.push(`${service}: no src/${name}`)
    for (const name of entries) {
      if (!allowed.has(name) && !(service === 'gateway' && gatewayOwn.has(name))) strays.push(`${service}: src/${name} is not one of ${[...allowed].join(', ')}`)
    }
  }
  assert.deepEqual(strays, [])
})

test('every service\'s main.ts only serves its definition', async () => {
  const long: string[] = []
  for (const service of await serviceNames()) {
    const lines = (await readFile(`${services}${service}/src/main.ts`, 'utf8')).split('\n').filter((line) => line.trim() !== '')
    if (lines.length > 4) long.push(`${service}: ${lines.length} lines`)
  }
  assert.deepEqual(long, [])
})

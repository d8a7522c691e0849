import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { importGraph, importedNames } from '../../src/testing/index.ts'

const repo = fileURLToPath(new URL('../../../../', import.meta.url))
const domainFile = /^services\/[^/]+\/src\/domain\//

/** The kit's HTTP layer, read off its index: everything it exports from its http/ and auth guards, and the app and context types. */
async function kitHttpNames(): Promise<Set<string>> {
  const index = await readFile(`${repo}packages/kit/src/index.ts`, 'utf8')
  const names = new Set(['ServiceApp', 'ServiceContext'])
  for (const match of index.matchAll(/^export\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'\.\/(http\/[^']+|auth\/guards\.ts|idempotency\/send-stored\.ts)'/gm)) {
    for (const name of importedNames(match[1] ?? '')) names.add(name)
  }
  return names
}

test('nothing under a service\'s domain/ imports its routes, consumers or jobs, the service context, or HTTP', async () => {
  const graph = await importGraph(repo, ['services'])
  const http = await kitHttpNames()
  const wrong: string[] = []
  for (const [file, targets] of graph) {
    if (!domainFile.test(file)) continue
    const service = file.split('/')[1]
    for (const target of targets) {
      if (new RegExp(`^services/${service}/src/(routes|consumers|jobs)/|^services/${service}/src/(deps|app)\\.ts$`).test(target)) wrong.push(`${file} imports ${target}`)
    }
    const source = await readFile(`${repo}${file}`, 'utf8')
    if (/from\s+'(fastify|@fastify\/[^']+)'/.test(source)) wrong.push(`${file} imports fastify`)
    for (const match of source.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'@bazaar\/kit'/g)) {
      for (const name of importedNames(match[1] ?? '')) if (http.has(name)) wrong.push(`${file} imports ${name} from the kit's HTTP layer`)
    }
  }
  assert.deepEqual(wrong, [])
})

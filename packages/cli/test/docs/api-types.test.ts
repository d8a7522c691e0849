import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readdir, readFile } from 'node:fs/promises'
import { loadTopology } from '@bazaar/topology'
import { apiTypeFiles, apiTypesFolder } from '../../src/docs/api-types.ts'

const root = new URL('../../../../', import.meta.url)
const folder = new URL(`${apiTypesFolder}/`, root)

test('when a service\'s API changes, then the storefront\'s generated API types must be regenerated', async () => {
  const files = await apiTypeFiles(await loadTopology(new URL('topology.yaml', root).pathname))
  assert.deepEqual((await readdir(folder)).sort(), [...files.keys()].sort(), 'one file per API service: run `npm run api-types`')
  for (const [file, text] of files) {
    assert.equal(await readFile(new URL(file, folder), 'utf8'), text, `${apiTypesFolder}/${file} is out of date: run \`npm run api-types\``)
  }
})

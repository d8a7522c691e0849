import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { loadTopology } from '@bazaar/topology'
import type { Command } from './command.ts'

export const apiTypesCommand: Command = {
  summary: 'Write the TypeScript types of every service\'s API, generated from its OpenAPI document, for the storefront.',
  usage: 'bazaar api-types [--out DIR] [--topology FILE]   (default web/storefront/src/api/generated, topology.yaml)',
  async run(args) {
    // openapi-typescript is a development dependency: loaded only here, so the production image runs without it.
    const { apiTypeFiles, apiTypesFolder } = await import('../docs/api-types.ts')
    const { values } = parseArgs({ args, options: { out: { type: 'string', default: apiTypesFolder }, topology: { type: 'string', default: 'topology.yaml' } } })
    const files = await apiTypeFiles(await loadTopology(values.topology))
    await mkdir(values.out, { recursive: true })
    // A service that left the API takes its file along.
    for (const stale of (await readdir(values.out)).filter((file) => !files.has(file))) await rm(join(values.out, stale))
    for (const [file, text] of files) await writeFile(join(values.out, file), text)
    console.log(`${values.out}: ${[...files.keys()].join(', ')}`)
    return 0
  },
}

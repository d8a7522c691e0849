import { readFile, writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { loadTopology } from '@bazaar/topology'
import type { Command } from './command.ts'
import { readmeSections } from '../docs/readme.ts'
import { withSection } from '../docs/readme-sections.ts'

export const docsCommand: Command = {
  summary: 'Print the README\'s generated sections (services, configuration), or write them into it.',
  usage: 'bazaar docs [--write README.md] [--topology FILE]',
  async run(args) {
    const { values } = parseArgs({ args, options: { write: { type: 'string' }, topology: { type: 'string', default: 'topology.yaml' } } })
    const sections = await readmeSections(await loadTopology(values.topology))
    if (!values.write) {
      for (const [name, body] of Object.entries(sections)) console.log(`## ${name}\n\n${body}\n`)
      return 0
    }
    let readme = await readFile(values.write, 'utf8')
    for (const [name, body] of Object.entries(sections)) readme = withSection(readme, name, body)
    await writeFile(values.write, readme)
    console.log(`${values.write}: generated sections updated`)
    return 0
  },
}

import { baseConfig, type ConfigSpec } from '@bazaar/kit'
import type { Topology } from '@bazaar/topology'
import { loadService } from '../platform/load-service.ts'

/** A table cell: a `|` of its own would end the cell (a choice type reads `sql | redis`). */
function cell(text: string): string {
  return text.replaceAll('|', '\\|')
}

function table(spec: ConfigSpec): string {
  const rows = Object.entries(spec).map(([key, item]) => {
    const value = String(item.default)
    const shown = item.secret ? '(generated or required)' : item.default === undefined ? '(unset)' : `\`${value === '' ? '""' : value}\``
    return `| \`${key}\` | ${cell(item.type)} | ${cell(shown)} | ${cell(item.doc)} |`
  })
  return ['| key | type | default | meaning |', '| --- | --- | --- | --- |', ...rows].join('\n')
}

/** The configuration reference, made from the settings each service validates at start. */
export async function configReference(topology: Topology): Promise<string> {
  const parts = [
    '### Every service',
    '',
    'Each key is read as `<SERVICE>_<KEY>` first (for example `ORDERS_DATABASE_URL`), then as `<KEY>`.',
    '',
    table(baseConfig),
  ]
  for (const [name, entry] of Object.entries(topology.services)) {
    const loaded = await loadService(entry.package)
    if (!('definition' in loaded) || Object.keys(loaded.definition.config).length === 0) continue
    parts.push('', `### ${name}`, '', table(loaded.definition.config))
  }
  return parts.join('\n')
}

import { readdirSync, readFileSync } from 'node:fs'
import type { Topology } from '@bazaar/topology'
import type { RenderOptions } from '../options.ts'
import { generatedHeader, toYaml } from '../yaml-writer.ts'

/** The chart's templates are files of this package, copied as they are into every chart. */
const templatesDir = new URL('../../helm/templates/', import.meta.url)

export interface ChartFile {
  /** Relative to the chart's directory. */
  path: string
  content: string
}

/** The chart's values: the topology, every default filled in, and the image. */
export function chartValues(t: Topology, options: Pick<RenderOptions, 'image'>): Record<string, unknown> {
  return { image: options.image, ...t }
}

/**
 * A Helm chart whose values are the topology: change a value (a replica count, a resource
 * limit, a whole service) and `helm template` renders what `bazaar render --target k8s` would
 * for that topology.
 */
export function helmChart(t: Topology, options: RenderOptions): ChartFile[] {
  const chart = {
    apiVersion: 'v2',
    name: t.name,
    description: `The ${t.name} platform on Kubernetes; its values are the topology.`,
    type: 'application',
    version: '0.1.0',
    appVersion: options.image.includes(':') ? options.image.slice(options.image.lastIndexOf(':') + 1) : 'latest',
  }
  const valuesNote = '# The topology (every default filled in) and the image every service runs.\n'
  return [
    { path: 'Chart.yaml', content: generatedHeader(options.source) + toYaml(chart) },
    { path: 'values.yaml', content: generatedHeader(options.source) + valuesNote + toYaml(chartValues(t, options)) },
    ...readdirSync(templatesDir).sort().map((name) => ({ path: `templates/${name}`, content: readFileSync(new URL(name, templatesDir), 'utf8') })),
  ]
}

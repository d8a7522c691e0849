import type { JsonClient } from './json-client.ts'

type Labels = Record<string, string>

const matches = (labels: Partial<Record<string, string | number>>, wanted: Labels) =>
  Object.entries(wanted).every(([name, value]) => String(labels[name]) === value)

function only<T>(found: readonly T[], what: string, labels: Labels): T | undefined {
  if (found.length > 1) throw new Error(`${found.length} series of ${what} have the labels ${JSON.stringify(labels)}`)
  return found[0]
}

interface Sample {
  name: string
  labels: Labels
  value: number
}

const sampleLine = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)/
const labelPair = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g

function parseSample(line: string): Sample | undefined {
  const match = sampleLine.exec(line)
  if (!match) return undefined
  const [, name = '', labelText = '', value = ''] = match
  // The exposition escapes label values as JSON strings do (\\, \", \n).
  const labels = Object.fromEntries([...labelText.matchAll(labelPair)].map(([, label = '', text = '']) => [label, JSON.parse(`"${text}"`) as string]))
  return { name, labels, value: value === '+Inf' ? Infinity : value === '-Inf' ? -Infinity : Number(value) }
}

/** The value of one series in a scrape: the sample of `name` whose labels include `labels`; undefined when none has. */
export type Scrape = (name: string, labels?: Labels) => number | undefined

/** GET /metrics of a service, parsed from the Prometheus text exposition. */
export async function scrape(service: JsonClient): Promise<Scrape> {
  const reply = await service.get('/metrics')
  if (reply.status !== 200) throw new Error(`GET /metrics answered ${reply.status}`)
  const samples = reply.text.split('\n').filter((line) => !line.startsWith('#')).flatMap((line) => parseSample(line) ?? [])
  return (name, labels = {}) => only(samples.filter((sample) => sample.name === name && matches(sample.labels, labels)), name, labels)?.value
}

/** How far each series moved from one scrape to the next; a series absent counts as 0. */
export function changes(before: Scrape, after: Scrape): (name: string, labels?: Labels) => number {
  return (name, labels) => (after(name, labels) ?? 0) - (before(name, labels) ?? 0)
}

/** A metric object as prom-client answers it: each series' value and labels. */
interface MetricValues {
  get(): Promise<{ values: readonly { value: number; labels: Partial<Record<string, string | number>> }[] }>
}

/** The value of the series of `metric` whose labels include `labels`, read off the object (domain tests); undefined when none has. */
export async function counted(metric: MetricValues, labels: Labels = {}): Promise<number | undefined> {
  return only((await metric.get()).values.filter((sample) => matches(sample.labels, labels)), 'the metric', labels)?.value
}
